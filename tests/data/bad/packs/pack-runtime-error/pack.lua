local x = nil
return { id = x.id }
