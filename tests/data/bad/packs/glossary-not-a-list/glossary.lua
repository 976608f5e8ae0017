return "words"
