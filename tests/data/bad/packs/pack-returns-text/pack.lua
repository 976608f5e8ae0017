return "bad"
