-- Drives carelint-language-server from Neovim's own LSP client (Neovim 0.7.2: vim.lsp.start_client +
-- buf_attach_client), following the steps in $PLAN and writing what the editor saw to $OUT as JSON.
-- Run: SERVER=dist/server.js PLAN=plan.json OUT=out.json nvim --headless --clean -c 'luafile scenario.lua' record.txt
local ok, err = pcall(function()
  local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.PLAN), '\n'))
  local buf = vim.api.nvim_get_current_buf()
  local out = { filetype = vim.bo[buf].filetype, steps = {} }
  local published = 0
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    published = published + 1
    return default(e, result, ctx, config)
  end

  -- Waits for a publish after `since`, then until the server has been quiet for `quiet` ms.
  local function settle(since, quiet)
    assert(vim.wait(15000, function() return published > since end, 10), 'no diagnostics from the server')
    local first = published
    local seen = published
    while vim.wait(quiet, function() return published > seen end, 10) do seen = published end
    return first
  end

  local function snapshot(name, extra)
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local line = lines[d.lnum + 1] or ''
      local text = d.lnum == d.end_lnum and string.sub(line, d.col + 1, d.end_col) or nil
      local _, col16 = vim.str_utfindex(line, d.col)
      table.insert(diagnostics, { line = d.lnum + 1, col = col16 + 1, code = d.code, severity = d.severity, source = d.source, text = text })
    end
    local step = { name = name, diagnostics = diagnostics, lines = lines }
    for k, v in pairs(extra or {}) do step[k] = v end
    table.insert(out.steps, step)
  end

  local id = vim.lsp.start_client({ name = 'carelint', cmd = { 'node', vim.env.SERVER, '--stdio' }, root_dir = vim.fn.getcwd() })
  assert(id, 'the client did not start')
  vim.lsp.buf_attach_client(buf, id)

  for _, step in ipairs(plan) do
    local before = published
    if step['do'] == 'open' then
      settle(before, 300)
      snapshot(step.name)
    elseif step['do'] == 'edit' then
      -- An incremental change, as typing sends: replace bytes [col, end_col) of one line.
      vim.api.nvim_buf_set_text(buf, step.line - 1, step.col, step.line - 1, step.end_col, { step.text })
      local t0 = vim.loop.hrtime()
      assert(vim.wait(15000, function() return published > before end, 1), 'no diagnostics after the edit')
      local first_ms = (vim.loop.hrtime() - t0) / 1e6
      local first = vim.deepcopy(vim.diagnostic.get(buf))
      settle(before, 800)
      snapshot(step.name, { first_ms = first_ms, first_count = #first })
    elseif step['do'] == 'action' then
      vim.api.nvim_win_set_cursor(0, { step.line, step.col })
      local offered = {}
      local chosen = false
      vim.ui.select = function(items, _, on_choice)
        for _, item in ipairs(items) do table.insert(offered, item[2].title) end
        for _, item in ipairs(items) do
          if item[2].title == step.title then chosen = true return on_choice(item) end
        end
        on_choice(nil)
      end
      vim.lsp.buf.code_action()
      assert(vim.wait(10000, function() return #offered > 0 end, 10), 'no code actions offered')
      assert(chosen, 'action not offered: ' .. step.title)
      settle(before, 800)
      snapshot(step.name, { offered = offered })
    end
  end
  vim.lsp.stop_client(id)
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.OUT)
end)
if not ok then
  io.stderr:write(tostring(err) .. '\n')
  vim.cmd('cquit 2')
end
vim.cmd('qa!')
