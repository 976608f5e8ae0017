-- glossary.lua: looking up the pack's glossary: a term by name, abbreviation
-- or synonym (any case, singular or plural), suggestions for a near miss,
-- and the terms a piece of help text uses (for the wizard's help pane).
local M = {}

-- The string library itself, not the guarded methods strings see: this is
-- evalwiz's own code (the guards let it through anyway, but only after a
-- Lua call and a look up the stack for every match, which is most of the
-- cost of matching a whole glossary against every question's help).
local find, gsub, match, gmatch, lower = string.find, string.gsub, string.match, string.gmatch, string.lower
local byte, sub = string.byte, string.sub

local SEQ = { __kind = "seq" }
local function seq(t) return setmetatable(t or {}, SEQ) end

-- Lower case, hyphens, underscores and slashes as spaces, one space between
-- words, no punctuation at either end.
local function norm(s)
  s = gsub(gsub(lower(tostring(s)), "[%-_/]", " "), "%s+", " ")
  return (gsub(gsub(s, "^[%s%p]+", ""), "[%s%p]+$", ""))
end
M.norm = norm

-- The forms a plural might have come from: RCTs, studies, analyses, biases.
local function singulars(s)
  local out = { s }
  if s:match("ies$") then out[#out + 1] = s:sub(1, -4) .. "y" end
  if s:match("ses$") then out[#out + 1] = s:sub(1, -3) .. "is" end
  if s:match("es$") then out[#out + 1] = s:sub(1, -3) end
  if s:match("s$") then out[#out + 1] = s:sub(1, -2) end
  return out
end

-- An abbreviation (ICC, DiD, NL2) is matched in help text only in its own
-- case, so that "did" the verb is not taken for difference-in-differences.
local function is_abbreviation(s)
  if not find(s, "%u") then return false end
  if not find(s, "%l") then return true end
  local _, caps = gsub(s, "%u", "")
  return caps >= 2 and not find(s, "%s")
end
M.is_abbreviation = is_abbreviation

local function names(e)
  local out = { e.term }
  for _, a in ipairs(e.aliases or {}) do out[#out + 1] = a end
  return out
end

-- The index of a glossary list: normalised name -> entry.  Cached per list.
local cache = setmetatable({}, { __mode = "k" })
local function index(list)
  local idx = cache[list]
  if idx then return idx end
  idx = {}
  for _, e in ipairs(list) do
    for _, n in ipairs(names(e)) do
      local k = norm(n)
      if idx[k] == nil then idx[k] = e end
    end
  end
  cache[list] = idx
  return idx
end

local function list_of(pack)
  if type(pack) == "table" and type(pack.glossary) == "table" then return pack.glossary end
  return pack or {}
end

-- Checks a glossary list; returns a list of messages (empty when fine).
function M.problems(list)
  local out, seen = {}, {}
  for i, e in ipairs(list) do
    if type(e) ~= "table" or type(e.term) ~= "string" or e.term == "" then
      out[#out + 1] = string.format("entry %d needs a term", i)
    elseif type(e.definition) ~= "string" or e.definition == "" then
      out[#out + 1] = string.format('"%s" needs a definition', e.term)
    elseif e.aliases ~= nil and type(e.aliases) ~= "table" then
      out[#out + 1] = string.format('"%s": aliases must be a list', e.term)
    elseif e.aliases ~= nil and (function()
        for _, a in pairs(e.aliases) do
          if type(a) ~= "string" or a == "" then return true end
        end
      end)() then
      out[#out + 1] = string.format('"%s": aliases must be a list of words', e.term)
    else
      for _, n in ipairs(names(e)) do
        local k = norm(n)
        if seen[k] and seen[k] ~= e.term then
          out[#out + 1] = string.format('"%s" is both "%s" and "%s"', n, seen[k], e.term)
        end
        seen[k] = e.term
      end
    end
  end
  return out
end

local function distance(a, b)
  if math.abs(#a - #b) > 3 then return 99 end
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = { [0] = i }
    local ca = a:byte(i)
    for j = 1, #b do
      local cost = ca == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = cur
  end
  return prev[#b]
end

-- Terms whose name or alias is close to text, nearest first (at most max).
function M.suggest(pack, text, max)
  max = max or 5
  local q = norm(text or "")
  local scored, best = {}, {}
  if q == "" then return seq() end
  for _, e in ipairs(list_of(pack)) do
    local d = 99
    for _, n in ipairs(names(e)) do
      local k = norm(n)
      local s = distance(q, k)
      if #q >= 3 and (k:find(q, 1, true) or q:find(k, 1, true)) and #k >= 3 then s = math.min(s, 1) end
      if s < d then d = s end
    end
    if d <= math.max(1, #q // 3) then
      scored[#scored + 1] = e
      best[e] = d
    end
  end
  table.sort(scored, function(a, b)
    if best[a] ~= best[b] then return best[a] < best[b] end
    return a.term < b.term
  end)
  local out = seq()
  for i = 1, math.min(max, #scored) do out[i] = scored[i].term end
  return out
end

-- The entry for a name, abbreviation or synonym, in any case and singular
-- or plural; nil and suggestions when there is none.
function M.find(pack, text)
  local list = list_of(pack)
  local idx = index(list)
  local q = norm(text or "")
  if q == "" then return nil, seq() end
  for _, s in ipairs(singulars(q)) do
    if idx[s] then return idx[s] end
  end
  return nil, M.suggest(pack, text)
end

-- The real string.find: the patterns below are built here from glossary
-- names (literal words joined by one class repeat), linear to match, but the
-- guarded string methods count the escaped hyphens as repetitions and refuse
-- a three-word term on help longer than 256 characters.
local raw_find = string.find

local function escape(s) return (gsub(s, "[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end

-- A Lua pattern for a name: words separated by spaces or hyphens, whole
-- words only, with an optional plural ending.
local function patterns(name)
  local words = {}
  for w in gmatch((gsub(name, "[%-_/]", " ")), "%S+") do words[#words + 1] = escape(w) end
  local body = table.concat(words, "[%s%-]+")
  local out = {
    "%f[%w]" .. body .. "%f[^%w]",
    "%f[%w]" .. body .. "s%f[^%w]",
    "%f[%w]" .. body .. "es%f[^%w]",
  }
  if match(name, "y$") then
    out[#out + 1] = "%f[%w]" .. body:sub(1, -2) .. "ies%f[^%w]"
  end
  return out
end

-- What terms_in looks for, worked out once per glossary list: each name
-- with the text it is matched in (its own case for an abbreviation), its
-- patterns, and a word that every match contains, so that a name whose
-- first word the text lacks costs one plain search.  These are made when a
-- text first might use the name (see candidates).
local function detail(n)
  local abbr = is_abbreviation(n.raw)
  local name = abbr and n.raw or lower(n.raw)
  local spaced = gsub(name, "[%-_/]", " ")
  local first = match(spaced, "%S+") or ""
  -- the "ies" plural drops a one-word name's final y
  if match(name, "y$") and not match(spaced, "%S%s+%S") then first = first:sub(1, -2) end
  n.abbr, n.name, n.first = abbr, name, first
end

-- Every pattern starts with %f[%w], so a name can only match where a word
-- of the text begins with the letters and digits its first word starts
-- with (in any case: the lower-case text has its words where the text
-- has).  Each name is filed under the first three of those, read from the
-- name in lower case: where the first word starts (after spaces, hyphens,
-- underscores and slashes), the run of letters and digits there.  A name
-- whose run is shorter than four, or three with a final y that the plural
-- may drop, is searched for in every text.
local compiled_cache = setmetatable({}, { __mode = "k" })
local function compiled(list)
  local c = compiled_cache[list]
  if c then return c end
  c = { short = {}, mark = {}, files = {} }
  for _, e in ipairs(list) do
    for _, raw in ipairs(names(e)) do
      local i = #c + 1
      c[i] = { e = e, raw = raw }
      local l = lower(raw)
      local lead = match(l, "^[%s%-_/]*(%w*)")
      if #lead >= 4 or (#lead == 3 and byte(l, -1) ~= 121) then  -- 121: y
        local key = sub(lead, 1, 3)
        local files = c.files[key]
        if not files then
          files = {}
          c.files[key] = files
          c.mark[key] = "\1" .. key .. "\2"
        end
        files[#files + 1] = i
      else
        c.short[#c.short + 1] = i
      end
    end
  end
  compiled_cache[list] = c
  return c
end

-- The indices of the names of c that text might use, in c's order: the
-- start of each word of low (text in lower case) is replaced with a mark
-- when names are filed under it, all in C, so only those words come back
-- to Lua.  A text that holds the mark's byte is searched for every name.
local function candidates(c, low)
  local out = {}
  if find(low, "\1", 1, true) then
    for i = 1, #c do out[i] = i end
    return out
  end
  local n = #c.short
  for i = 1, n do out[i] = c.short[i] end
  local seen, files = {}, c.files
  for key in gmatch((gsub(low, "%f[%w]%w%w?%w?", c.mark)), "\1(%w%w%w)\2") do
    if not seen[key] then
      seen[key] = true
      local f = files[key]
      for j = 1, #f do n = n + 1; out[n] = f[j] end
    end
  end
  table.sort(out)
  return out
end

-- The glossary entries that text uses, in the order they first appear.
-- When one term is part of a longer one ("effect size" in "minimum
-- detectable effect size"), only the longer is counted there.
function M.terms_in(pack, text)
  local list = list_of(pack)
  if type(text) ~= "string" or text == "" then return seq() end
  local low = lower(text)
  local hits = {}
  local c = compiled(list)
  for _, i in ipairs(candidates(c, low)) do
    local n = c[i]
    if n.first == nil then detail(n) end
    local hay = n.abbr and text or low
    local at = raw_find(hay, n.first, 1, true)
    if at then
      -- every match starts where the first word does: try each pattern
      -- anchored there rather than at every character of the text
      if not n.anchored then
        n.anchored = {}
        for i, pat in ipairs(patterns(n.name)) do n.anchored[i] = "^" .. pat end
      end
      for _, pat in ipairs(n.anchored) do
        local p = at
        while p do
          local s, f = raw_find(hay, pat, p)
          if s then
            hits[#hits + 1] = { s = s, f = f, e = n.e }
            p = raw_find(hay, n.first, f + 1, true)
          else
            p = raw_find(hay, n.first, p + 1, true)
          end
        end
      end
    end
  end
  table.sort(hits, function(a, b)
    local la, lb = a.f - a.s, b.f - b.s
    if la ~= lb then return la > lb end
    return a.s < b.s
  end)
  local taken, kept = {}, {}
  for _, h in ipairs(hits) do
    local free = true
    for _, t in ipairs(taken) do
      if h.s <= t.f and t.s <= h.f then free = false break end
    end
    if free then taken[#taken + 1] = h; kept[#kept + 1] = h end
  end
  table.sort(kept, function(a, b) return a.s < b.s end)
  local out, seen = seq(), {}
  for _, h in ipairs(kept) do
    if not seen[h.e] then seen[h.e] = true; out[#out + 1] = h.e end
  end
  return out
end

-- One entry as text: the term, its other names, the definition wrapped.
function M.format_entry(e, width)
  local wrap = require("evalwiz.text").wrap
  local head = e.term
  if e.aliases and #e.aliases > 0 then head = head .. " (" .. table.concat(e.aliases, ", ") .. ")" end
  return wrap(head, width or 78, "", "  ") .. "\n" .. wrap(e.definition, width or 78, "    ", "    ") .. "\n"
end

-- The whole glossary as text, in alphabetical order.
function M.format_all(pack)
  local list = {}
  for _, e in ipairs(list_of(pack)) do list[#list + 1] = e end
  table.sort(list, function(a, b) return a.term:lower() < b.term:lower() end)
  local out = {}
  for _, e in ipairs(list) do out[#out + 1] = M.format_entry(e) end
  return table.concat(out, "\n")
end

return M
