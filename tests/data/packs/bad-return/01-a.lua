-- Returns a number, not a step.
return 42
