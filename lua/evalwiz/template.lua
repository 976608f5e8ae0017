-- template.lua: the document template engine.  A template is a YAML file
-- (id, title, description, kind, sections of title/when/body); each body is
-- compiled once to a Lua function that runs in a sandbox environment.
-- Everything a body prints from an expression is escaped for the output
-- kind; only the template's own literal text is written as it stands.
local sandbox = require("evalwiz.sandbox")

local M = {}

-- The kinds of template: how answers are escaped.  Each format in the one
-- table of formats (src/render/formats.c, host.formats()) names the kind
-- that makes it (tests/lua/test-formats.lua checks they agree).
local KINDS = { markdown = true, csv = true, text = true }
M.KINDS = KINDS
local TEMPLATE_KEYS = {
  id = true, title = true, description = true, kind = true, pack = true,
  sections = true, variants = true, gaps = true,
}
local SECTION_KEYS = { title = true, when = true, body = true, level = true, draft = true }
local PARTIAL_KEYS = { body = true, args = true }

-- ---- safe (already formatted) text ---------------------------------------

local SAFE = {}
SAFE.__index = SAFE
SAFE.__tostring = function(s) return s.s end
SAFE.__concat = function(a, b)
  local function raw(x) if getmetatable(x) == SAFE then return x.s end return tostring(x) end
  return raw(a) .. raw(b)
end
local function safe(s) return setmetatable({ s = s }, SAFE) end
local function is_safe(v) return getmetatable(v) == SAFE end
M.safe, M.is_safe = safe, is_safe

-- ---- escaping by output kind -------------------------------------------------

-- Markdown: characters that start inline structure anywhere, and markers
-- that start a block at the beginning of a line.  Backslash escapes of ASCII
-- punctuation are always literal in CommonMark.
local function md_line(line, bol)
  if bol then line = string.gsub(line, "^[ \t]+", "") end
  line = string.gsub(line, "[\\`*_%[%]<>|!~&#]", "\\%0")
  if bol then
    -- list markers, setext underlines, ordered-list numbers
    line = string.gsub(line, "^([%-+])(%s)", "\\%1%2")
    line = string.gsub(line, "^([%-+=])$", "\\%1")
    line = string.gsub(line, "^=", "\\=")
    line = string.gsub(line, "^%-%-", "\\--")
    line = string.gsub(line, "^(%d+)([.)])(%s)", "%1\\%2%3")
    line = string.gsub(line, "^(%d+)([.)])$", "%1\\%2")
  end
  return line
end

local escape_md_slow

-- Texts that are not plain words repeat in a large plan (a choice's label
-- in every row of a table): their escapes are remembered, by text and by
-- whether they start a line, up to MEMO_MAX of them (short ones only).
local MEMO_MAX = 20000
local md_memo, md_memo_mid, memo_size = {}, {}, 0

local plain_words = host.plain_words

local function escape_md(s, mid_line)
  -- most answers are plain words: nothing below would change them (no
  -- punctuation that starts structure, no line ends, no edge spaces);
  -- host.plain_words tests that in C, since this runs for every cell of a
  -- document
  if plain_words(s) then return s end
  if #s > 200 then return escape_md_slow(s, mid_line) end
  local memo = mid_line and md_memo_mid or md_memo
  local hit = memo[s]
  if hit then return hit end
  hit = escape_md_slow(s, mid_line)
  if memo_size >= MEMO_MAX then md_memo, md_memo_mid, memo_size = {}, {}, 0; memo = mid_line and md_memo_mid or md_memo end
  memo[s], memo_size = hit, memo_size + 1
  return hit
end

function escape_md_slow(s, mid_line)
  s = string.gsub(s, "\r\n?", "\n")
  -- other control characters have no place in a document
  s = string.gsub(s, "[%z\1-\8\11\12\14-\31\127]", "")
  -- bidirectional embeddings, overrides and isolates: an unbalanced one
  -- would reorder the text after the answer too
  s = string.gsub(s, "\226\128[\170-\174]", "")
  s = string.gsub(s, "\226\129[\166-\169]", "")
  local out = {}
  for line in (s .. "\n"):gmatch("(.-)\n") do out[#out + 1] = md_line(line, #out > 0 or not mid_line) end
  -- trailing spaces would make hard breaks; a lone line of =/- is escaped above
  return (table.concat(out, "\n"):gsub("[ \t]+\n", "\n"):gsub("[ \t]+$", ""))
end

-- One table cell: no line breaks (they would end the table row).
local function escape_cell(s)
  if plain_words(s) then return s end  -- no line break either
  if string.find(s, "\n", 1, true) then s = string.gsub(s, "%s*\r?\n%s*", " ") end
  return escape_md(s)
end

local function escape_csv(s)
  s = string.gsub(s, "\r\n?", "\n")
  -- a field a spreadsheet would run as a formula is shown as text
  if string.match(s, "^[=+@\t\r]") or (string.match(s, "^%-") and not tonumber(s)) then s = "'" .. s end
  if string.find(s, '[,"\n]') or string.match(s, "^%s") or string.match(s, "%s$") then
    s = '"' .. string.gsub(s, '"', '""') .. '"'
  end
  return s
end

local ESCAPE = {
  markdown = escape_md,
  csv = escape_csv,
  text = function(s) return s end,
}
M.escape = function(kind, s) return ESCAPE[kind](s) end
M.escape_cell = escape_cell
-- Markdown text that follows other text on its line (its first line is
-- never the start of a block).
M.escape_inline = function(s) return escape_md(s, true) end

-- ---- values to text -----------------------------------------------------------

local function num_text(n, decimals)
  if math.type(n) == "integer" and not decimals then
    local s = tostring(n)
    local sign, digits = string.match(s, "^(%-?)(%d+)$")
    digits = digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
    return sign .. digits
  end
  local s
  if decimals then
    s = string.format("%." .. decimals .. "f", n)
  else
    s = string.format("%.4g", n)
    if string.find(s, "e") then s = string.format("%.2f", n) end
  end
  local sign, int, frac = string.match(s, "^(%-?)(%d+)(.*)$")
  if not int then return s end
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. int .. frac
end
M.num_text = num_text

local function plain(v)
  if v == nil then return "" end
  if is_safe(v) then return v.s end
  local t = type(v)
  if t == "string" then return v end
  if t == "boolean" then return v and "yes" or "no" end
  if t == "number" then return num_text(v) end
  if t == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = plain(x) end
    return table.concat(parts, ", ")
  end
  return tostring(v)
end
M.plain = plain

local function is_blank(v)
  if v == nil or v == false or v == "" then return true end
  if is_safe(v) then return v.s == "" end
  if type(v) == "table" then
    -- pairs, not next: read-only views answer through __pairs
    local it, st, k0 = pairs(v)
    return it(st, k0) == nil
  end
  return false
end
M.is_blank = is_blank

local MONTHS = { "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December" }

-- ---- the gap mark ------------------------------------------------------------

local GAP_TEXT = "Not yet answered"
local GAP = {
  markdown = "*" .. GAP_TEXT .. "*",
  csv = GAP_TEXT,
  text = "[" .. GAP_TEXT .. "]",
}
M.GAP_TEXT = GAP_TEXT

-- ---- filters -----------------------------------------------------------------
-- Each filter takes the value and its arguments; ctx is the render in
-- progress (output kind).  A filter that builds formatted text returns safe().

local function keep(input, out)
  if is_safe(input) then return safe(out) end
  return out
end

local function make_filters(ctx)
  local F = {}
  function F.default(v, fallback)
    if type(v) == "string" and v ~= "" then return v end  -- not blank, without the calls
    if not is_blank(v) then return v end
    if fallback == nil then
      -- the document's own gap mark (document.lua: translated and marked)
      if ctx.gap then return ctx.gap() end
      local w = ctx.translate and ctx.translate(GAP_TEXT) or GAP_TEXT
      if w == GAP_TEXT then return safe(GAP[ctx.kind]) end
      return safe(ctx.kind == "markdown" and ("*" .. w .. "*") or ctx.kind == "csv" and w or ("[" .. w .. "]"))
    end
    return fallback
  end
  function F.join(v, sep, last)
    if type(v) ~= "table" or is_safe(v) then return v end
    sep = sep or ", "
    local esc = ESCAPE[ctx.kind]
    local parts = {}
    for i, x in ipairs(v) do parts[i] = is_safe(x) and x.s or esc(plain(x)) end
    if last and #parts > 1 then
      return safe(table.concat(parts, sep, 1, #parts - 1) .. last .. parts[#parts])
    end
    return safe(table.concat(parts, sep))
  end
  function F.upper(v) return keep(v, plain(v):upper()) end
  function F.lower(v) return keep(v, plain(v):lower()) end
  function F.capitalize(v)
    local s = plain(v)
    return keep(v, (string.gsub(s, "^%l", string.upper)))
  end
  function F.trim(v) return keep(v, (plain(v):match("^%s*(.-)%s*$"))) end
  function F.date(v, fmt)
    if type(v) ~= "string" then return v end
    local y, m, d = string.match(v, "^(%d%d%d%d)%-(%d%d)%-(%d%d)")
    if not y then return v end
    y, m, d = tonumber(y), tonumber(m), tonumber(d)
    if not MONTHS[m] then return v end
    -- the month in the document's language (its translation's words)
    local month = ctx.translate and ctx.translate(MONTHS[m]) or MONTHS[m]
    fmt = fmt or "long"
    if fmt == "iso" then return string.format("%04d-%02d-%02d", y, m, d) end
    if fmt == "month" then return month .. " " .. y end
    if fmt == "short" then return string.format("%d %s %d", d, utf8.len(month) and month:sub(1, utf8.offset(month, 4) and utf8.offset(month, 4) - 1 or #month) or month:sub(1, 3), y) end
    return string.format("%d %s %d", d, month, y)
  end
  function F.number(v, decimals)
    local n = tonumber(v)
    if not n then return v end
    return num_text(n, decimals)
  end
  function F.percent(v, decimals)
    local n = tonumber(v)
    if not n then return v end
    local s = string.format("%." .. (decimals or 0) .. "f", n * 100)
    return s .. "%"
  end
  function F.money(v, symbol)
    local n = tonumber(v)
    if not n then return v end
    local whole = math.abs(n - math.floor(n)) < 0.005
    local s
    if whole then s = num_text(math.floor(n + 0.5)) else s = num_text(n, 2) end
    s = (symbol or "£") .. s
    return string.gsub(s, "^(.)%-", "-%1")
  end
  function F.escape(v)
    if is_safe(v) then return v end
    return safe(ESCAPE[ctx.kind](plain(v)))
  end
  function F.cell(v)
    if type(v) == "string" then  -- the common case, without the calls below
      if ctx.kind ~= "markdown" then return v end
      return safe(escape_cell(v))
    end
    if is_safe(v) then return safe((string.gsub(v.s, "\n", " "))) end
    if ctx.kind ~= "markdown" then return v end
    return safe(escape_cell(plain(v)))
  end
  function F.yesno(v, yes, no)
    if v == nil then return v end
    local function w(text) return ctx.translate and ctx.translate(text) or text end
    return v and (yes or w("Yes")) or (no or w("No"))
  end
  function F.count(v)
    if type(v) == "table" and not is_safe(v) then return #v end
    if v == nil then return 0 end
    return utf8.len(plain(v)) or #plain(v)
  end
  F.length = F.count
  function F.first(v) if type(v) == "table" then return v[1] end return v end
  function F.last(v) if type(v) == "table" then return v[#v] end return v end
  function F.truncate(v, n)
    local s = plain(v)
    n = n or 80
    if (utf8.len(s) or #s) <= n then return v end
    local cut = utf8.offset(s, n) or n
    return keep(v, s:sub(1, cut - 1) .. "…")
  end
  function F.plural(n, one, many)
    return tonumber(n) == 1 and (one or "") or (many or "s")
  end
  function F.label(v, path)
    if ctx.label then return ctx.label(path, v) end
    return v
  end
  return F
end
M.make_filters = make_filters

-- ---- parsing bodies ------------------------------------------------------------

-- Splits "expr | f(a) | g" on the pipes outside strings and brackets.
local function split_pipes(s)
  local parts, depth, quote, start, i = {}, 0, nil, 1, 1
  while i <= #s do
    local c = s:sub(i, i)
    if quote then
      if c == "\\" then i = i + 1 elseif c == quote then quote = nil end
    elseif c == '"' or c == "'" then quote = c
    elseif c == "(" or c == "[" or c == "{" then depth = depth + 1
    elseif c == ")" or c == "]" or c == "}" then depth = depth - 1
    elseif c == "|" and depth == 0 then
      parts[#parts + 1] = s:sub(start, i - 1)
      start = i + 1
    end
    i = i + 1
  end
  parts[#parts + 1] = s:sub(start)
  return parts
end

-- Position (line, col) of byte offset i in s, counting columns in characters.
local function position(s, i)
  local line, last = 1, 0
  for p in s:sub(1, i - 1):gmatch("()\n") do line = line + 1; last = p end
  local col = (utf8.len(s:sub(last + 1, i - 1)) or (i - 1 - last)) + 1
  return line, col
end

-- Tokens: { kind = "text"|"expr"|"stmt", text, pos = byte offset }.
-- A statement or comment alone on its line takes the whole line with it.
local function tokenize(src, fail)
  local tokens, i = {}, 1
  while i <= #src do
    local s, e, open = string.find(src, "{([{%%#])", i)
    if not s then
      tokens[#tokens + 1] = { kind = "text", text = src:sub(i), pos = i }
      break
    end
    local close = open == "{" and "}}" or open == "%" and "%}" or "#}"
    local cs, ce = string.find(src, close, e + 1, true)
    if not cs then
      fail(s, "this " .. (open == "{" and "{{" or "{" .. open) .. " is never closed with " .. close)
    end
    local text_end = s - 1
    local after = ce + 1
    if open ~= "{" then
      -- alone on its line: drop the indentation before and the newline after
      local ls = text_end
      while ls >= i and src:sub(ls, ls):match("[ \t]") do ls = ls - 1 end
      local line_start = ls < i and (i == 1 or src:sub(i - 1, i - 1) == "\n") or src:sub(ls, ls) == "\n"
      if ls < i and i > 1 and src:sub(i - 1, i - 1) ~= "\n" then line_start = false end
      local rs = after
      while rs <= #src and src:sub(rs, rs):match("[ \t]") do rs = rs + 1 end
      if line_start and (rs > #src or src:sub(rs, rs) == "\n") then
        text_end = ls
        after = rs + 1
      end
    end
    if text_end >= i then
      tokens[#tokens + 1] = { kind = "text", text = src:sub(i, text_end), pos = i }
    end
    if open ~= "#" then
      tokens[#tokens + 1] = {
        kind = open == "{" and "expr" or "stmt",
        text = src:sub(e + 1, cs - 1):gsub("^%s+", ""):gsub("%s+$", ""),
        pos = s,
      }
    end
    i = after
  end
  return tokens
end

local function filter_call(spec, code, pos, fail, filters)
  spec = string.match(spec, "^%s*(.-)%s*$")
  local name, args = string.match(spec, "^([%a_][%w_]*)%s*(%b())$")
  if not name then
    name = string.match(spec, "^([%a_][%w_]*)$")
    args = nil
  end
  if not name then fail(pos, string.format("%q is not a filter: write name or name(arguments)", spec)) end
  if not filters[name] then
    local names = {}
    for k in pairs(filters) do names[#names + 1] = k end
    table.sort(names)
    fail(pos, string.format("unknown filter %q; the filters are: %s", name, table.concat(names, ", ")))
  end
  if args and string.match(args, "^%(%s*%)$") then args = nil end
  if args then
    return string.format("_F.%s(%s, %s)", name, code, args:sub(2, -2))
  end
  return string.format("_F.%s(%s)", name, code)
end

local KEYWORDS = {}
for w in string.gmatch("and break do else elseif end false for function goto if in local nil not or "
  .. "repeat return then true until while", "%a+") do KEYWORDS[w] = true end

-- The names an expression reads from its environment (for template lint):
-- identifiers not inside strings, not after . or :, not keys of a table
-- constructor (name =), not Lua's words.
local function free_names(code)
  -- strings out first (their text is no name): long strings, then quoted
  -- ones with their escapes, a character at a time
  code = string.gsub(code, "%[(=*)%[.-%]%1%]", " ")
  local kept, i, n = {}, 1, #code
  while i <= n do
    local c = string.sub(code, i, i)
    if c == '"' or c == "'" then
      local j = i + 1
      while j <= n and string.sub(code, j, j) ~= c do
        if string.sub(code, j, j) == "\\" then j = j + 1 end
        j = j + 1
      end
      kept[#kept + 1] = " "
      i = j + 1
    else
      kept[#kept + 1] = c
      i = i + 1
    end
  end
  code = table.concat(kept)
  -- names the expression makes itself: a function's parameters, locals,
  -- and loop variables (for an inline function(...) ... end)
  local own = {}
  local function names_in(list)
    for n in string.gmatch(list, "[%a_][%w_]*") do own[n] = true end
  end
  for params in string.gmatch(code, "function%s*[%w_%.:]*%s*%(([^)]*)%)") do names_in(params) end
  for fname in string.gmatch(code, "local%s+function%s+([%a_][%w_]*)") do own[fname] = true end
  for list in string.gmatch(code, "local%s+([%a_][%w_%s,]*)") do
    names_in((string.gsub(list, "%f[%w_]function%f[^%w_].*$", "")))
  end
  for list in string.gmatch(code, "for%s+([%a_][%w_%s,]*)%f[%w_]in%f[^%w_]") do names_in(list) end
  for v in string.gmatch(code, "for%s+([%a_][%w_]*)%s*=") do own[v] = true end
  local out = {}
  for start, name, stop in string.gmatch(code, "()([%a_][%w_]*)()") do
    local before = string.match(string.sub(code, 1, start - 1), "(%S)%s*$")
    local after = string.match(string.sub(code, stop), "^%s*(=?=?)")
    local is_key = after == "="
    local dots = string.match(string.sub(code, 1, start - 1), "(%.+)%s*$")
    if not KEYWORDS[name] and not own[name] and (dots == nil or #dots ~= 1) and before ~= ":" and not is_key
        and not string.match(string.sub(code, 1, start - 1), "[%w_%.]$") then
      out[#out + 1] = name
    end
  end
  return out
end
M.free_names = free_names

-- While a body is generated: the names its expressions read, with the
-- position of their tag, and the names it makes (set, for).
local reads, made

local function note_names(text, pos)
  if not reads then return end
  for _, n in ipairs(free_names(text)) do reads[#reads + 1] = { name = n, pos = pos } end
end

local function expression(text, pos, fail, filters)
  local parts = split_pipes(text)
  local code = parts[1]:match("^%s*(.-)%s*$")
  if code == "" then fail(pos, "empty expression") end
  note_names(code, pos)
  for k = 2, #parts do
    local args = string.match(parts[k], "%b()")
    if args then note_names(args, pos) end
  end
  code = "(" .. code .. ")"
  for k = 2, #parts do code = filter_call(parts[k], code, pos, fail, filters) end
  return code
end

-- Compiles a body to Lua source.  Each token is one line of the generated
-- code, so lines[n] is the body offset of generated line n.
local function generate(src, fail, filters)
  local tokens = tokenize(src, fail)
  local out = { "local _o, _e, _F, _T, _I, _inc, _S = ..." }
  local lines = { 1 }
  local stack = {}
  -- names made by set, per block: a set of a name made in an enclosing
  -- block assigns to it instead of making a new one
  local scopes = { {} }
  local function declared(name)
    for k = #scopes, 1, -1 do if scopes[k][name] then return true end end
    return false
  end
  local function emit(code, pos)
    out[#out + 1] = string.gsub(code, "\n", " ")
    lines[#out] = pos
  end
  for _, t in ipairs(tokens) do
    local p = t.pos
    if t.kind == "text" then
      emit(string.format("_o[#_o+1] = %q", t.text):gsub("\\\n", "\\n"), p)
    elseif t.kind == "expr" then
      emit(string.format("_S.at = %d; _o[#_o+1] = _e(%s, _o)", p, expression(t.text, p, fail, filters)), p)
    else
      local word, rest = string.match(t.text, "^(%a+)%s*(.-)$")
      word = word or t.text
      if word == "if" then
        if rest == "" then fail(p, "{% if %} needs a condition") end
        stack[#stack + 1] = { "if", p }
        scopes[#scopes + 1] = {}
        emit(string.format("_S.at = %d; if _T(%s) then", p, expression(rest, p, fail, filters)), p)
      elseif word == "elif" or word == "elseif" then
        local top = stack[#stack]
        if not top or top[1] ~= "if" then fail(p, "{% elif %} without an {% if %} before it") end
        if rest == "" then fail(p, "{% elif %} needs a condition") end
        scopes[#scopes] = {}
        emit(string.format("elseif (function() _S.at = %d; return _T(%s) end)() then", p, expression(rest, p, fail, filters)), p)
      elseif word == "else" then
        local top = stack[#stack]
        if not top or top[1] ~= "if" then fail(p, "{% else %} without an {% if %} before it") end
        scopes[#scopes] = {}
        emit("else", p)
      elseif word == "end" or word == "endif" or word == "endfor" then
        if #stack == 0 then fail(p, "{% end %} with nothing open to end") end
        stack[#stack] = nil
        scopes[#scopes] = nil
        emit("end", p)
      elseif word == "for" then
        local a, b, list = string.match(rest, "^([%a_][%w_]*)%s*,%s*([%a_][%w_]*)%s+in%s+(.+)$")
        if not a then
          b, list = string.match(rest, "^([%a_][%w_]*)%s+in%s+(.+)$")
          a = "_"
        end
        if not b then fail(p, "write {% for item in list %} or {% for i, item in list %}") end
        stack[#stack + 1] = { "for", p }
        scopes[#scopes + 1] = { [a] = true, [b] = true }
        if made then made[a], made[b] = true, true end
        emit(string.format("_S.at = %d; for %s, %s in _I(%s) do", p, a, b, expression(list, p, fail, filters)), p)
      elseif word == "set" then
        local name, expr = string.match(rest, "^([%a_][%w_]*)%s*=%s*(.+)$")
        if not name then fail(p, "write {% set name = expression %}") end
        if made then made[name] = true end
        local code = expression(expr, p, fail, filters)
        if declared(name) then
          emit(string.format("_S.at = %d; %s = %s", p, name, code), p)
        else
          scopes[#scopes][name] = true
          emit(string.format("_S.at = %d; local %s = %s", p, name, code), p)
        end
      elseif word == "include" then
        local name, args = string.match(rest, '^"([%w_%-]+)"%s*,?%s*(.-)$')
        if not name then name, args = string.match(rest, "^'([%w_%-]+)'%s*,?%s*(.-)$") end
        local quoted = string.match(rest, '^"([^"]*)"') or string.match(rest, "^'([^']*)'")
        if not name and quoted and (string.find(quoted, "[/\\]") or string.find(quoted, "..", 1, true)) then
          fail(p, string.format('{%% include %%} takes the name of a partial in the partials folder, not a path: %q', quoted))
        end
        if not name then fail(p, 'write {% include "partial-name" %} or {% include "name", key = value %}') end
        if args ~= "" then note_names("{" .. args .. "}", p) end
        emit(string.format("_S.at = %d; _inc(_o, %q, {%s})", p, name, args), p)
      else
        fail(p, string.format("unknown statement %q: use if, elif, else, end, for, set or include", word))
      end
    end
  end
  if #stack > 0 then
    local top = stack[#stack]
    fail(top[2], string.format("this {%% %s %%} is never closed with {%% end %%}", top[1]))
  end
  return table.concat(out, "\n"), lines
end

-- ---- loading ----------------------------------------------------------------------

local function template_error(where, msg) error(where .. ": " .. msg, 0) end

-- Where body text starts in the file: for a block scalar (| or >) the
-- first content line and its indentation; else the scalar's own position.
local function body_origin(text, pos)
  local line, col = string.match(pos, "^(%d+):(%d+)$")
  line, col = tonumber(line), tonumber(col)
  local lines = {}
  for l in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = l end
  local src = lines[line] or ""
  local ind = src:sub(col, col)
  if ind == "|" or ind == ">" then
    for k = line + 1, #lines do
      local indent = lines[k]:match("^( *)%S")
      if indent then return { line = line + 1, col = #indent + 1, block = true } end
    end
    return { line = line + 1, col = 1, block = true }
  end
  local quoted = ind == '"' or ind == "'"
  return { line = line, col = col + (quoted and 1 or 0), block = false }
end

local function file_pos(origin, body, offset)
  local l, c = position(body, offset)
  if l == 1 then return origin.line, origin.col + c - 1 end
  if origin.block then return origin.line + l - 1, origin.col + c - 1 end
  return origin.line + l - 1, c
end

-- A compiled body: { fn = function(env...), lines, origin, display, body }.
local function compile_body(body, display, origin, env, filters, chunk)
  local function fail(offset, msg)
    local l, c = file_pos(origin, body, offset)
    template_error(string.format("%s:%d:%d", display, l, c), msg)
  end
  reads, made = {}, {}
  local ok_gen, src, lines = pcall(generate, body, fail, filters)
  local names, locals = reads, made
  reads, made = nil, nil
  if not ok_gen then error(src, 0) end
  local fn, err = host.compile(src, chunk, env)
  if not fn then
    local n, msg = tostring(err):match(":(%d+): (.*)$")
    n = tonumber(n)
    local offset = n and lines[n] or 1
    msg = msg or tostring(err)
    msg = string.gsub(msg, "^%[string.-%]:%d+: ", "")
    fail(offset, "this expression is not valid Lua: " .. msg)
  end
  return { fn = fn, lines = lines, origin = origin, display = display, body = body, names = names, locals = locals }
end

local function where_of(compiled, offset)
  local l, c = file_pos(compiled.origin, compiled.body, offset or 1)
  return string.format("%s:%d:%d", compiled.display, l, c)
end

local function check_keys(t, allowed, where, what)
  for k in pairs(t) do
    if not allowed[k] then
      if type(where) == "function" then where = where(k) end
      local names = {}
      for n in pairs(allowed) do names[#names + 1] = n end
      table.sort(names)
      local near = require("evalwiz.api").nearest(tostring(k), names)
      template_error(where, string.format("unknown %s key %q%s; the keys are: %s", what, tostring(k),
        near and string.format(' (did you mean "%s"?)', near) or "", table.concat(names, ", ")))
    end
  end
end

-- A template or partial must lie inside a template folder once links are
-- followed: a link from there to a file elsewhere is refused.
local function inside_template_folders(dirs, path, display)
  local real, err = host.realpath(path)
  if real then
    for _, d in ipairs(dirs) do
      local root = host.realpath(d.path)
      if root and string.sub(real, 1, #root + 1) == root .. "/" then return end
    end
  elseif not string.find(err, "lies outside", 1, true) then
    error((string.gsub(err, "^cannot open [^:]*:", function() return "cannot open " .. display .. ":" end)), 0)
  end
  error(string.format("cannot open %s: it is a link to a file outside the template folders", display), 0)
end

-- Reads a template file.  dirs: template folders, later ones first when a
-- name is found in several (--templates overrides the defaults).
function M.find(dirs, name)
  for i = #dirs, 1, -1 do
    local d = dirs[i]
    local list = host.listdir(d.path)
    if list then
      for _, f in ipairs(list) do
        if f == name .. ".yaml" or f == name .. ".yml" then
          return d.path .. "/" .. f, d.display .. "/" .. f, d
        end
      end
    end
  end
  return nil
end

-- All templates: { {id, title, description, kind, file}, ... } by id.
function M.list(dirs)
  local seen, out = {}, {}
  for i = #dirs, 1, -1 do
    local d = dirs[i]
    local names = host.listdir(d.path) or {}
    for _, f in ipairs(names) do
      local id = string.match(f, "^(.-)%.ya?ml$")
      if id and not seen[id] then
        seen[id] = true
        local doc, _, err = host.loadyaml(d.path .. "/" .. f, d.display .. "/" .. f)
        if doc and type(doc) == "table" then
          out[#out + 1] = { id = doc.id or id, title = doc.title or id, description = doc.description or "",
                            kind = doc.kind or "markdown", file = d.display .. "/" .. f, pack = doc.pack }
        else
          out[#out + 1] = { id = id, title = id, description = "(cannot be read: " .. tostring(err or _) .. ")",
                            kind = "?", file = d.display .. "/" .. f }
        end
      end
    end
  end
  table.sort(out, function(a, b) return a.id < b.id end)
  return out
end

-- The pack ids a template's pack: setting names: nil (it fits every pack),
-- or a list.  Raises nothing; a wrong setting is compile's to report.
local function pack_ids(setting)
  if type(setting) == "string" then return { setting } end
  if type(setting) == "table" then
    local out = {}
    for _, v in ipairs(setting) do if type(v) == "string" then out[#out + 1] = v end end
    return out
  end
  return nil
end
M.pack_ids = pack_ids

-- Whether a template whose pack: setting is tpack fits a pack whose id and
-- base packs' ids are ids (pack.ids): a template written for a pack fits
-- every pack built on it; one without pack: fits them all.
function M.fits(tpack, ids)
  local want = pack_ids(tpack)
  if not want then return true end
  for _, w in ipairs(want) do
    for _, id in ipairs(ids or {}) do if w == id then return true end end
  end
  return false
end

-- Loads and compiles a template.  env: the environment its code runs in.
-- Returns the template: { id, title, kind, sections = { {title, when, body} } }.
function M.load(dirs, name, env, filters)
  local path, display, dir = M.find(dirs, name)
  if not path then
    local names = {}
    for _, t in ipairs(M.list(dirs)) do names[#names + 1] = t.id end
    error(string.format("no template %q; the templates are: %s", name, table.concat(names, ", ")), 0)
  end
  inside_template_folders(dirs, path, display)
  local doc, positions, text = host.loadyaml(path, display)
  if not doc then error(positions, 0) end
  local t = M.compile(doc, positions, text, display, name, env, filters)
  t.dir = dir
  return t
end

-- Compiles a template given as data: doc (the YAML value), positions
-- ("sections.1.body" -> "line:col") and text (the file, for block scalars).
function M.compile(doc, positions, text, display, name, env, filters)
  positions = positions or {}
  text = text or ""
  local function at(key) return display .. ":" .. (positions[key] or "1:1") end
  if type(doc) ~= "table" then template_error(at(""), "a template is a mapping with id, title, kind and sections") end
  check_keys(doc, TEMPLATE_KEYS, function(k) return at(tostring(k)) end, "template")
  if doc.pack ~= nil then
    local ok = type(doc.pack) == "string" and doc.pack ~= ""
    if type(doc.pack) == "table" then
      ok = #doc.pack > 0
      for _, v in ipairs(doc.pack) do if type(v) ~= "string" or v == "" then ok = false end end
    end
    if not ok then
      template_error(at("pack"), "pack must be the id of the pack the template is for (the id in its pack.lua), or a list of ids")
    end
  end
  local kind = doc.kind or "markdown"
  if not KINDS[kind] then template_error(at("kind"), string.format("kind must be markdown, csv or text, not %q", tostring(kind))) end
  local t = {
    id = doc.id or name, title = doc.title or name, description = doc.description or "",
    kind = kind, pack = doc.pack, display = display, sections = {}, variants = {},
    gaps = doc.gaps or "list",
  }
  if t.gaps ~= "list" and t.gaps ~= "count" and t.gaps ~= "none" then
    template_error(at("gaps"), "gaps must be list (the default), count or none")
  end
  local seq = 0
  local function chunk() seq = seq + 1; return display .. "#" .. seq end
  local function compile_sections(list, prefix, into)
    if type(list) ~= "table" then template_error(at(prefix), "sections must be a list of {title, when, body}") end
    for i, s in ipairs(list) do
      local key = prefix .. "." .. i
      if type(s) ~= "table" then template_error(at(key), "a section is a mapping with title, when and body") end
      check_keys(s, SECTION_KEYS, function(k) return at(key .. "." .. tostring(k)) end, "section")
      local sec = { title = s.title, level = s.level or 2 }
      -- draft: full keeps the section whole in a draft (a checklist of
      -- what waits for which answer), its gaps marked
      if s.draft ~= nil and s.draft ~= "full" and s.draft ~= "short" then
        template_error(at(key .. ".draft"), "draft must be short (the default) or full")
      end
      sec.draft = s.draft
      if s.body ~= nil then
        if type(s.body) ~= "string" then template_error(at(key .. ".body"), "body must be text") end
        sec.body = compile_body(s.body, display, body_origin(text, positions[key .. ".body"] or "1:1"), env, filters, chunk())
      end
      if s.title ~= nil and type(s.title) ~= "string" then template_error(at(key .. ".title"), "title must be text") end
      if s.title and string.find(s.title, "{[{%%]") then
        sec.title_fn = compile_body(s.title, display, body_origin(text, positions[key .. ".title"] or "1:1"), env, filters, chunk())
      end
      if s.when ~= nil then
        if type(s.when) ~= "string" then template_error(at(key .. ".when"), "when must be a Lua expression in text") end
        sec.when = compile_body("{{ " .. s.when .. " }}", display, body_origin(text, positions[key .. ".when"] or "1:1"), env, filters, chunk())
        sec.when_expr = s.when
      end
      into[#into + 1] = sec
    end
  end
  compile_sections(doc.sections or {}, "sections", t.sections)
  if doc.variants ~= nil then
    if type(doc.variants) ~= "table" then template_error(at("variants"), "variants maps a format to its sections") end
    for fmt, v in pairs(doc.variants) do
      local key = "variants." .. fmt
      if type(v) ~= "table" then template_error(at(key), "a variant is a mapping with kind and sections") end
      local vt = { kind = v.kind or "text", sections = {} }
      if not KINDS[vt.kind] then template_error(at(key .. ".kind"), "kind must be markdown, csv or text") end
      compile_sections(v.sections or {}, key .. ".sections", vt.sections)
      t.variants[fmt] = vt
    end
  end
  return t
end

-- Partials: templates/partials/NAME.yaml with a body, compiled on first use.
function M.partial_loader(dirs, env_for, filters)
  local cache = {}
  return function(name)
    if cache[name] then return cache[name] end
    for i = #dirs, 1, -1 do
      local d = dirs[i]
      local list = host.listdir(d.path .. "/partials")
      for _, f in ipairs(list or {}) do
        if f == name .. ".yaml" then
          local display = d.display .. "/partials/" .. f
          inside_template_folders(dirs, d.path .. "/partials/" .. f, display)
          local doc, positions, text = host.loadyaml(d.path .. "/partials/" .. f, display)
          if not doc then error(positions, 0) end
          if type(doc) ~= "table" or type(doc.body) ~= "string" then
            template_error(display .. ":1:1", "a partial is a mapping with a body")
          end
          check_keys(doc, PARTIAL_KEYS, function(k) return display .. ":" .. (positions[tostring(k)] or "1:1") end, "partial")
          -- args: the names callers may pass, and may leave out (nil then)
          local optional = {}
          if doc.args ~= nil then
            if type(doc.args) ~= "table" then
              template_error(display .. ":" .. (positions.args or "1:1"), "args must be a list of the names the partial takes")
            end
            for _, a in ipairs(doc.args) do
              if type(a) ~= "string" or not string.match(a, "^[%a_][%w_]*$") then
                template_error(display .. ":" .. (positions.args or "1:1"), "args must be a list of names, like [what, path]")
              end
              optional[a] = true
            end
          end
          local env, args = env_for(optional)
          local c = compile_body(doc.body, display, body_origin(text, positions.body or "1:1"), env, filters, display)
          c.args = args
          cache[name] = c
          return c
        end
      end
    end
    return nil
  end
end

-- ---- running -----------------------------------------------------------------------

local function truthy(v) return not is_blank(v) end

local function iterate(v)
  if v == nil or v == false then return function() return nil end end
  if type(v) ~= "table" or is_safe(v) then
    error("{% for %} needs a list, not " .. (is_safe(v) and "text" or type(v)), 0)
  end
  local i = 0
  return function()
    i = i + 1
    local x = v[i]
    if x == nil then return nil end
    return i, x
  end
end

-- Creates a renderer.  opts: kind (markdown, csv, text), dirs (template
-- folders), globals (names templates see), label (choice labels).
-- Returns r with r.load(name), r.render_body(compiled), r.when(section).
function M.renderer(opts)
  local r = { kind = opts.kind or "markdown", dirs = opts.dirs }
  -- a section's fixed title in the document's language (document.lua)
  r.translate = opts.translate or function(s) return s end
  local ctx = { kind = r.kind, label = opts.label, translate = opts.translate, gap = opts.gap }
  -- section("start", sec) before a section's body and section("end", sec,
  -- text, title) after it, which gives the text to print, or nil, a line
  -- to print in place of the heading and the text and a label to put
  -- before a run of such lines (a draft leaves out what is not answered,
  -- and a section with nothing answered is one line: document.lua)
  r.section = opts.section
  local filters = make_filters(ctx)
  r.ctx, r.filters = ctx, filters
  local base = sandbox.env(opts.globals or {})
  -- A name no template may use is an error where it is used, with the name
  -- meant when one is close ({{ titel }}: did you mean "title"?), rather
  -- than an empty place in the document.  opts.declared: names that exist
  -- even when they are nil (advice, when the pack has no advisor).
  local declared = {}
  for _, n in ipairs(opts.declared or {}) do declared[n] = true end
  local function undefined(k, extra)
    local names = {}
    for n in pairs(base) do if type(n) == "string" and not string.match(n, "^_") then names[#names + 1] = n end end
    for n in pairs(declared) do names[#names + 1] = n end
    for n in pairs(extra or {}) do names[#names + 1] = n end
    local api = require("evalwiz.api")
    error(string.format("%s is not defined%s", tostring(k), api.suggest(k, names)), 3)
  end
  r.declared = declared
  setmetatable(base, { __index = function(_, k)
    if declared[k] then return nil end
    undefined(k)
  end })
  -- The budget and the memory cap stop code with an error that pcall could
  -- swallow and loop on: let those errors through, and leave out xpcall
  -- and coroutines (they catch errors too; templates have no use for them).
  local function stopped(err) return type(err) == "string" and string.find(err, "stopped: this code", 1, true) end
  local function pass(ok, ...)
    if not ok and stopped((...)) then error((...), 0) end
    return ok, ...
  end
  base.pcall = function(f, ...) return pass(pcall(f, ...)) end
  base.xpcall = nil	-- its handler could loop when the budget error reaches it
  base.coroutine = nil
  r.env = base
  local state = { at = 1 }
  local function esc(v, out)
    if getmetatable(v) == SAFE then return v.s end
    local prev = out and out[#out]
    -- a value in the middle of a line cannot start a block there
    local mid = prev ~= nil and not string.match(prev, "\n[ \t]*$") and prev ~= ""
    return ESCAPE[ctx.kind](type(v) == "string" and v or plain(v), mid)
  end
  -- optional: the names the partial takes (its args:), nil when not given.
  local function env_for(optional)
    local args = {}
    local env = setmetatable({}, {
      __index = function(_, k)
        local a = args[#args]
        if a and a[k] ~= nil then return a[k] end
        if optional and optional[k] then return nil end
        if rawget(base, k) ~= nil or declared[k] then return rawget(base, k) end
        undefined(k, optional)
      end,
      __newindex = function(_, k, v) base[k] = v end,
    })
    return env, args
  end
  local partials = M.partial_loader(opts.dirs, env_for, filters)
  r.partial = partials   -- for template lint: a partial compiled, or nil
  local depth = 0
  local run_body
  local function include(out, name, args)
    local c = partials(name)
    if not c then error(string.format("no partial %q in the partials folder", name), 0) end
    if depth >= 20 then error("partials include each other more than 20 deep", 0) end
    depth = depth + 1
    c.args[#c.args + 1] = args or {}
    local ok, err = pcall(run_body, c, out)
    c.args[#c.args] = nil
    depth = depth - 1
    if not ok then error(err, 0) end
  end
  -- Runs a compiled body appending to out; errors become
  -- { message = "file:line:col: what" } naming the template position.
  run_body = function(c, out, e)
    local saved_at = state.at
    state.at = 1
    local ok, err = pcall(c.fn, out, e or esc, filters, truthy, iterate, include, state)
    if not ok then
      -- pack code that failed under the template: its own place first,
      -- then where the template asked for it
      if type(err) == "table" and err.pack_error and not err.placed then
        err.message = err.message .. " (asked for at " .. where_of(c, state.at) .. ")"
        err.placed = true
      end
      if type(err) == "table" and err.template_error then error(err, 0) end
      local msg = tostring(err):gsub("^[^\n]-:%d+: ", "")
      error({ template_error = true, message = where_of(c, state.at) .. ": " .. msg }, 0)
    end
    state.at = saved_at
  end
  local function protect(fn, ...)
    local ok, err = pcall(fn, ...)
    if not ok then
      if type(err) == "table" and err.template_error then error(err.message, 0) end
      error(err, 0)
    end
  end
  function r.render_body(c)
    local out = {}
    protect(run_body, c, out)
    return table.concat(out)
  end
  function r.when(sec)
    if not sec.when then return true end
    local out = {}
    protect(run_body, sec.when, out, function(v) return v end)
    return truthy(out[1])
  end
  function r.load(name)
    return M.load(opts.dirs, name, base, filters)
  end
  return r
end

-- Renders a loaded template's sections with a renderer: the markdown
-- kind gets a "## title" heading per section; the others only the bodies.
function M.run(r, t, sections, kind)
  local out = {}
  local after_line = false  -- the last thing printed is a section's one line
  for _, sec in ipairs(sections or t.sections) do
    if r.when(sec) then
      -- a blank line after a list of one lines, unless this is one too
      local sep
      if after_line then
        out[#out + 1] = "\n"
        sep = #out
      end
      local title
      if (kind or t.kind) == "markdown" and sec.title then
        title = sec.title_fn and r.render_body(sec.title_fn) or r.translate(sec.title)
        out[#out + 1] = string.rep("#", sec.level) .. " " .. title .. "\n\n"
      elseif (kind or t.kind) == "text" and sec.title and sec.title ~= "" then
        local title = sec.title_fn and r.render_body(sec.title_fn) or r.translate(sec.title)
        out[#out + 1] = title .. "\n" .. string.rep("=", utf8.len(title) or #title) .. "\n\n"
      end
      if sec.body then
        if r.section then r.section("start", sec) end
        local text = r.render_body(sec.body)
        if r.section then
          local line, label
          text, line, label = r.section("end", sec, text, title)
          -- the one line in place of the heading too, the first of a run
          -- after its label
          if line then
            if label and not after_line then line = label .. line end
            if title then out[#out] = line else out[#out + 1] = line end
            if sep then out[sep] = "" end
            text, after_line = "", true
          end
        end
        out[#out + 1] = text
        -- the ends compared, not matched: "\n\n$" is tried at every byte
        if text ~= "" then after_line = false end
        if (kind or t.kind) ~= "csv" and text ~= "" and string.sub(text, -2) ~= "\n\n" then
          out[#out + 1] = string.sub(text, -1) == "\n" and "\n" or "\n\n"
        end
      end
    end
  end
  return table.concat(out)
end

return M
