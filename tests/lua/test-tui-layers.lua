-- The files of src/tui/ call each other in one direction only: the graph of
-- calls (and uses of another file's exported data) and includes between
-- them has no circle, so that a newcomer can read the wizard from the
-- bottom (term.c, view.c) up (input.c, tui.c), as tui-int.h lists it.
local dir = srcdir .. "/src/tui"

local function strip(text)
  -- comments, strings and character constants never make an edge
  local out, i, n = {}, 1, #text
  while i <= n do
    local j = text:find("[/\"']", i)
    if not j then
      out[#out + 1] = text:sub(i)
      break
    end
    out[#out + 1] = text:sub(i, j - 1)
    local c, nxt = text:sub(j, j), text:sub(j + 1, j + 1)
    if c == "/" and nxt == "*" then
      local e = text:find("*/", j + 2, true)
      out[#out + 1] = " "
      i = e and e + 2 or n + 1
    elseif c == "/" and nxt == "/" then
      i = text:find("\n", j + 2, true) or n + 1
    elseif c == "/" then
      out[#out + 1] = c
      i = j + 1
    else
      local k = j + 1
      while k <= n do
        local ch = text:sub(k, k)
        if ch == "\\" then k = k + 2 elseif ch == c then break else k = k + 1 end
      end
      out[#out + 1] = c .. c
      i = k + 1
    end
  end
  return table.concat(out)
end

local function lines(text)
  local out, i = {}, 1
  while i <= #text do
    local e = text:find("\n", i, true) or #text + 1
    out[#out + 1] = text:sub(i, e - 1)
    i = e + 1
  end
  return out
end

-- file name -> { text, defines = { name = true }, includes, words }, read once
local cached
local function read_files()
  if cached then
    local copy = {}
    for k, v in pairs(cached) do copy[k] = { text = v.text, defines = v.defines, includes = v.includes, words = v.words } end
    return copy
  end
  local files = {}
  for _, name in ipairs(host.listdir(dir) or {}) do
    if name:match("%.c$") then
      local text = strip(host.readtext(dir .. "/" .. name))
      local defs = {}
      local prev = ""
      for _, line in ipairs(lines(text)) do
        -- a function defined here and not static: its name at the start of a
        -- line after its type, as STYLE.md lays functions out
        local fn = line:match("^([%a_][%w_]*)%(")
        if fn and not prev:match("^static") then defs[fn] = true end
        -- exported data: the widget and key tables, the signal flags
        local data = line:match("^const struct [%w_]+ ([%a_][%w_]*)") or line:match("^volatile int ([%a_][%w_]*)")
        if data then defs[data] = true end
        prev = line
      end
      files[name] = { text = text, defines = defs, includes = {} }
      for _, line in ipairs(lines(host.readtext(dir .. "/" .. name))) do
        local inc = line:match('^#include%s+"tui/([%w_%-]+)%.h"')
        if inc then files[name].includes[#files[name].includes + 1] = inc end
      end
    end
  end
  cached = files
  return read_files()
end

-- The identifiers of text, in order (a byte at a time: patterns over a
-- whole file cost more than the sandbox allows a test).
local function words(text)
  local out, i, n, byte = {}, 1, #text, string.byte
  local function word_byte(b, first)
    return b == 95 or (b >= 97 and b <= 122) or (b >= 65 and b <= 90) or (not first and b >= 48 and b <= 57)
  end
  while i <= n do
    local b = byte(text, i)
    if word_byte(b, true) then
      local j = i + 1
      while j <= n and word_byte(byte(text, j), false) do j = j + 1 end
      out[#out + 1] = text:sub(i, j - 1)
      i = j
    elseif b >= 48 and b <= 57 then
      -- a number (1e5, 0x1f): not an identifier, nor its tail
      local j = i + 1
      while j <= n and word_byte(byte(text, j), false) do j = j + 1 end
      i = j
    else
      i = i + 1
    end
  end
  return out
end

-- edges[a][b] = the first name a uses that b defines (or the header it includes)
local function graph(files)
  local owner = {}
  for name, f in pairs(files) do
    for d in pairs(f.defines) do owner[d] = name end
  end
  local edges = {}
  for name, f in pairs(files) do
    local e = {}
    edges[name] = e
    f.words = f.words or words(f.text)
    for _, word in ipairs(f.words) do
      local o = owner[word]
      if o and o ~= name and not e[o] then e[o] = word end
    end
    for _, inc in ipairs(f.includes) do
      local c = inc .. ".c"
      if files[c] and c ~= name and not e[c] then e[c] = "#include \"tui/" .. inc .. ".h\"" end
    end
  end
  return edges
end

-- A circle in the graph, as a list of files (first = last), or nil.
local function find_cycle(edges)
  local state, stack = {}, {}
  local names = {}
  for n in pairs(edges) do names[#names + 1] = n end
  table.sort(names)
  local found
  local function visit(n)
    state[n] = "open"
    stack[#stack + 1] = n
    local outs = {}
    for m in pairs(edges[n]) do outs[#outs + 1] = m end
    table.sort(outs)
    for _, m in ipairs(outs) do
      if state[m] == "open" then
        local cyc, on = {}, false
        for _, s in ipairs(stack) do
          if s == m then on = true end
          if on then cyc[#cyc + 1] = s end
        end
        cyc[#cyc + 1] = m
        found = cyc
        return true
      elseif state[m] == nil and visit(m) then
        return true
      end
    end
    stack[#stack] = nil
    state[n] = "done"
    return false
  end
  for _, n in ipairs(names) do
    if state[n] == nil and visit(n) then break end
  end
  return found
end

local function describe(cyc, edges)
  local parts = {}
  for i = 1, #cyc - 1 do
    parts[#parts + 1] = string.format("%s -> %s (%s)", cyc[i], cyc[i + 1], edges[cyc[i]][cyc[i + 1]])
  end
  return table.concat(parts, ", ")
end

test("src/tui has files to check, and the scan finds their functions", function()
  local files = read_files()
  ok(files["tui.c"] and files["view.c"] and files["input.c"], "tui.c, view.c and input.c are there")
  ok(files["view.c"].defines.view_field, "view.c defines view_field")
  ok(files["tui.c"].defines.tui_run, "tui.c defines tui_run")
  ok(not files["input.c"].defines.answer_key, "a static function is not counted")
  local edges = graph(files)
  ok(edges["input.c"]["nav.c"], "input.c calls nav.c")
  ok(not edges["view.c"]["input.c"], "view.c does not call input.c")
end)

test("no two files of src/tui call each other, directly or round a circle", function()
  local edges = graph(read_files())
  local cyc = find_cycle(edges)
  if cyc then error("a circle: " .. describe(cyc, edges), 0) end
end)

test("the check finds a circle when there is one", function()
  local files = read_files()
  -- view.c made to call input_key: view.c -> input.c -> view.c
  files["view.c"].text = files["view.c"].text .. "\nstatic void oops(void) { input_key(0, 0, 0); }\n"
  files["view.c"].words = nil
  local edges = graph(files)
  local cyc = find_cycle(edges)
  ok(cyc, "a circle is found")
  local s = describe(cyc, edges)
  ok(s:find("view.c -> input.c (input_key)", 1, true), s)
end)
