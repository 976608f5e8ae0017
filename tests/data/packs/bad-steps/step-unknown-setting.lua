-- A misspelt step setting.
return step { id = "s", title = "S", feilds = {} }
