return step {
  id = "s",
  title = "S",
  fields = {
    computed { id = "f", compute = function(a) local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do co() end end }
  },
}
