-- templatelint.lua: checks a folder of document templates the way a careful
-- reviewer would, before anyone renders a plan with them: each file loads and
-- compiles; its pack: names an installed pack; every name its expressions
-- read is defined and every "step.field" it names is a question of the pack
-- (with the one meant when a name is close); and it renders, in every format
-- it makes, on an empty plan and on the pack's demo plans.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")
local template = require("evalwiz.template")
local document = require("evalwiz.document")
local api = require("evalwiz.api")

local M = {}

-- a quoted "step.field", with its column: the quote is the second capture
local PATH = '()(["\'])([a-z][a-z0-9_]*)%.([a-z][a-z0-9_]*)%2'

-- "file:line:col: message" split; messages without a place go to fallback.
local function split_where(msg, fallback)
  local where, rest = tostring(msg):match("^(.-:%d+:%d+): (.*)$")
  if where then return where, rest end
  where, rest = tostring(msg):match("^(.-:%d+): (.*)$")
  if where then return where, rest end
  return fallback, tostring(msg)
end

local function sorted(problems)
  local function key(p)
    local file, line, col = p.where:match("^(.-):(%d+):?(%d*)$")
    return file or p.where, tonumber(line) or 0, tonumber(col) or 0
  end
  table.sort(problems, function(a, b)
    local fa, la, ca = key(a)
    local fb, lb, cb = key(b)
    if fa ~= fb then return fa < fb end
    if la ~= lb then return la < lb end
    if ca ~= cb then return ca < cb end
    return a.message < b.message
  end)
  local out = plan.seq()
  for i, p in ipairs(problems) do out[i] = setmetatable(p, { __order = { "where", "message" } }) end
  return out
end

-- The plans to render with: an empty one, the pack's examples/*.yaml, and
-- the shipped demo plan when it is a plan of the pack or of one it builds on.
local function plans_for(pack, default_demo)
  local out = { { doc = { evalwiz = 1, pack = { id = pack.id, version = pack.version }, meta = { title = "An empty plan" }, answers = {} },
                  name = "an empty plan" } }
  local own = 0
  for _, n in ipairs(host.listdir(pack.dir .. "/examples") or {}) do
    if n:match("%.ya?ml$") then
      local doc = host.loadyaml(pack.dir .. "/examples/" .. n, pack.display .. "/examples/" .. n)
      if type(doc) == "table" then
        out[#out + 1] = { doc = doc, name = pack.display .. "/examples/" .. n }
        own = own + 1
      end
    end
  end
  if own == 0 and type(default_demo) == "table" and type(default_demo.pack) == "table" then
    for _, id in ipairs(pack.ids) do
      if default_demo.pack.id == id then out[#out + 1] = { doc = default_demo, name = "the demo plan" } end
    end
  end
  return out
end

-- "file:line:col" of byte pos of a compiled body (see template.compile_body).
local function where_of(c, pos)
  local before = c.body:sub(1, pos - 1)
  local l = 1
  for _ in before:gmatch("\n") do l = l + 1 end
  local col = #(before:match("[^\n]*$")) + 1
  if l == 1 then return string.format("%s:%d:%d", c.display, c.origin.line, c.origin.col + col - 1) end
  if c.origin.block then return string.format("%s:%d:%d", c.display, c.origin.line + l - 1, c.origin.col + col - 1) end
  return string.format("%s:%d:%d", c.display, c.origin.line + l - 1, col)
end

-- A deep copy: core.open adopts (and migrations change) the plan it gets.
local function copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = copy(x) end
  return setmetatable(c, getmetatable(v))
end

-- The paths of all the pack's questions, for suggestions.
local function all_paths(pack)
  local out = {}
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do out[#out + 1] = s.id .. "." .. f.id end
  end
  return out
end

-- The template files of dir (NAME.yaml), sorted.
function M.files(dir)
  local names = plan.seq()
  for _, n in ipairs(host.listdir(dir) or {}) do
    if n:match("%.ya?ml$") then names[#names + 1] = n end
  end
  table.sort(names)
  return names
end

-- One template file of dir, or (file == nil) the partials of dir/partials.
-- display names dir in messages; shipped: the folder of evalwiz's own
-- templates (for partials dir does not have); bases: where packs are found
-- (as for pack lint); default_demo: the shipped demo plan, or nil.  The
-- pack evalwiz loaded (--pack) is the one templates without pack: are
-- checked against.  C calls this once a file, so that each has the whole
-- budget of a call.  Returns a list of { where = "file:line:col", message }.
function M.file(dir, display, file, shipped, bases, default_demo)
  local problems, seen = {}, {}
  -- a problem once, however many plans and formats meet it (at a line:
  -- the static look and a render give the column of the name and of its
  -- tag); when only a render met it, the first plan and format that did
  local function report(where, fmt, ...)
    local msg = select("#", ...) > 0 and string.format(fmt, ...) or fmt
    local base, how = msg:match("^(.-) (%(rendering .-%))$")
    local key = (where:match("^(.-:%d+)") or where) .. "\0" .. (base or msg)
    if seen[key] then return end
    seen[key] = true
    problems[#problems + 1] = { where = where, message = msg }
    return how
  end
  local loaded = core.state.pack
  if not loaded then error("no pack loaded", 0) end
  -- the pack this call began with, for the next file
  M.loaded = M.loaded or { pack = loaded, dir = core.state.pack_dir, display = core.state.pack_display }
  loaded = M.loaded.pack
  local loaded_dir, loaded_display = M.loaded.dir, M.loaded.display
  local resolve = core.resolver(bases)
  local dirs = { { path = shipped, display = "templates" }, { path = dir, display = display } }
  local names = file and { file } or {}

  -- the pack a template is checked against: the loaded one when it fits,
  -- else the first installed pack its pack: names
  local function target(tpack, at)
    if template.fits(tpack, loaded.ids) then
      if core.state.pack ~= loaded then core.load_pack(loaded_dir, loaded_display, bases) end
      return core.state.pack
    end
    local ids = template.pack_ids(tpack)
    for _, id in ipairs(ids) do
      local pdir, pdisplay = nil, nil
      if resolve then pdir, pdisplay = resolve(id) end
      if pdir then
        local ok, err = pcall(core.load_pack, pdir, pdisplay or pdir, bases)
        if ok then return core.state.pack end
        report(at, "pack: %s does not load: %s", id, tostring(err))
        return nil
      end
    end
    report(at, "pack: %s is not an installed pack, so the template was not tried; install it, or lint with --pack", table.concat(ids, ", "))
    return nil
  end

  -- the names a compiled body reads that no template may read
  local function check_names(c, known, extra, where_of)
    for _, r in ipairs(c.names or {}) do
      local n = r.name
      if not (c.locals and c.locals[n]) and not (extra and extra[n]) and known[n] == nil then
        local cands = {}
        for k in pairs(known) do cands[#cands + 1] = k end
        for k in pairs(c.locals or {}) do cands[#cands + 1] = k end
        for k in pairs(extra or {}) do cands[#cands + 1] = k end
        report(where_of(c, r.pos), "%s is not defined%s", n, api.suggest(n, cands))
      end
    end
  end

  -- "step.field" texts in a file that are not questions of the pack
  local function check_paths(text, disp, pack)
    local line_no = 0
    local paths = nil
    for line in (text .. "\n"):gmatch("(.-)\n") do
      line_no = line_no + 1
      local found = {}
      for col, _, sid, fid in line:gmatch(PATH) do found[#found + 1] = { col, sid, fid } end
      -- computed.step.field, answers.step.field and a.step.field, unquoted
      for _, prefix in ipairs({ "computed", "answers", "a" }) do
        for col, sid, fid in line:gmatch("()%f[%w_]" .. prefix .. "%.([a-z][a-z0-9_]*)%.([a-z][a-z0-9_]*)") do
          found[#found + 1] = { col + #prefix + 1, sid, fid }
        end
      end
      for _, hit in ipairs(found) do
        local col, sid, fid = hit[1], hit[2], hit[3]
        local step = pack.by_id[sid]
        local near_step = not step and api.nearest(sid, (function()
          local ids = {}
          for _, st in ipairs(pack.steps) do ids[#ids + 1] = st.id end
          return ids
        end)())
        if (step and not step.by_id[fid] and not pack.removed[sid .. "." .. fid]) or near_step then
          paths = paths or all_paths(pack)
          report(string.format("%s:%d:%d", disp, line_no, col), "the pack %s has no question %s.%s%s",
            pack.id, sid, fid, api.suggest(sid .. "." .. fid, paths))
        end
      end
    end
  end

  for _, file in ipairs(names) do
    local stem = file:gsub("%.ya?ml$", "")
    local disp = display .. "/" .. file
    local doc, positions, text = host.loadyaml(dir .. "/" .. file, disp)
    if not doc then
      local where, msg = split_where(positions, disp .. ":1:1")
      report(where, "%s", msg)
    elseif type(doc) ~= "table" then
      report(disp .. ":1:1", "a template is a mapping with id, title, kind and sections")
    else
      local pack = target(doc.pack, disp .. ":" .. (positions.pack or "1:1"))
      if pack then
        check_paths(text, disp, pack)
        local plans = plans_for(pack, default_demo)
        core.open(copy(plans[1].doc), {}, plans[1].name)
        local ok, r = pcall(document.build, pack, core.state.doc, document.folders(dirs), "markdown", "2026-01-01T00:00:00Z", "T")
        if not ok then
          report(disp .. ":1:1", "%s", tostring(r))
        else
          local okl, t = pcall(r.load, stem)
          if not okl then
            local where, msg = split_where(t, disp .. ":1:1")
            report(where, "%s", msg)
          else
            -- what every name a body reads must be
            local known = {}
            for k, v in pairs(r.env) do known[k] = v end
            for k in pairs(r.declared) do known[k] = known[k] or false end
            local sections = {}
            for _, sec in ipairs(t.sections) do sections[#sections + 1] = sec end
            local formats = { ({ markdown = "md", csv = "csv", text = "txt" })[t.kind] }
            for fmt, v in pairs(t.variants) do
              formats[#formats + 1] = fmt
              for _, sec in ipairs(v.sections) do sections[#sections + 1] = sec end
            end
            table.sort(formats)
            for _, sec in ipairs(sections) do
              for _, c in ipairs({ sec.body, sec.title_fn, sec.when }) do
                if c then check_names(c, known, nil, where_of) end
              end
            end
            -- then render it, every format, every plan
            for _, P in ipairs(plans) do
              local okp, perr = pcall(core.open, copy(P.doc), {}, P.name)
              if not okp then
                report(disp .. ":1:1", "%s: %s", P.name, tostring(perr))
              else
                for _, fmt in ipairs(formats) do
                  local okr, res = pcall(document.render, stem, fmt, dirs, "2026-01-01T00:00:00Z")
                  if not okr then
                    local where, msg = split_where(res, disp .. ":1:1")
                    report(where, "%s (rendering %s as %s)", msg, P.name, fmt)
                  elseif type(res) == "table" and res.refuse then
                    report(disp .. ":1:1", "%s", res.refuse)
                  end
                end
              end
            end
          end
        end
      end
    end
  end

  -- the folder's partials: they load, and read only names they may
  local pdir = dir .. "/partials"
  local pnames = {}
  if not file then
    for _, n in ipairs(host.listdir(pdir) or {}) do if n:match("%.yaml$") then pnames[#pnames + 1] = n end end
  end
  table.sort(pnames)
  if #pnames > 0 then
    if core.state.pack ~= loaded then core.load_pack(loaded_dir, loaded_display, bases) end
    local P = plans_for(core.state.pack, default_demo)[1]
    core.open(copy(P.doc), {}, P.name)
    local ok, r = pcall(document.build, core.state.pack, core.state.doc, document.folders(dirs), "markdown", nil, "T")
    if ok then
      local known = {}
      for k, v in pairs(r.env) do known[k] = v end
      for k in pairs(r.declared) do known[k] = known[k] or false end
      for _, n in ipairs(pnames) do
        local disp = display .. "/partials/" .. n
        local okp, c = pcall(r.partial, (n:gsub("%.yaml$", "")))
        if not okp then
          local where, msg = split_where(c, disp .. ":1:1")
          report(where, "%s", msg)
        elseif c then
          local text = host.readtext(pdir .. "/" .. n)
          if text then check_paths(text, disp, core.state.pack) end
          local optional = {}
          local pdoc = host.loadyaml(pdir .. "/" .. n, disp)
          for _, a in ipairs(type(pdoc) == "table" and type(pdoc.args) == "table" and pdoc.args or {}) do optional[a] = true end
          check_names(c, known, optional, where_of)
        end
      end
    end
  end
  return sorted(problems)
end

return M
