local s = 1
