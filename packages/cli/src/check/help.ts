/** `carelint check --help`. */
export const checkHelp = `Usage
  carelint check [options] <path...>
  carelint check [options] -

Checks children's social care records and reports findings: jargon, stigmatising or
deficit wording, the child's voice, tone balance, and plan quality.

A path is a file or a folder. Folders are searched recursively for .txt, .md, .markdown,
.html and .htm files, in sorted order; node_modules and folders starting with "." are
skipped. A file named on the command line is checked whatever its extension (as plain
text unless it is Markdown or HTML). '-' reads one record from stdin.

Settings come from the nearest carelint.config.{json,yaml}, .carelintrc{,.json,.yaml} or
package.json "carelint" key, searched upwards from each file. Options below override them.

Options
  -f, --format <name>          Output: stylish (default, for people), json (an array of
                               reports), sarif (code scanning), github (Actions annotations)
      --fail-on <level>        Exit 1 when a finding is at this level or above:
                               error, warning (default), info, or none (never)
      --preset <name>          recommended, family-facing, audit or strict
                               (overrides the config's preset)
  -c, --config <file>          Use this config file instead of searching for one
      --document-type <type>   What the records are: visit, plan, assessment, review,
                               letter, other (default: worked out from each record)
      --child <name>           A child the records are about, so the child's own words and
                               views can be found; repeat for each child
  -q, --quiet                  Errors only: warnings and info are not shown and do not
                               count for --fail-on
      --verbose                Under each finding, its note (why it matters, how to
                               rewrite it, the sources), every suggestion and its rule page
      --no-color               No colour (also off when NO_COLOR is set or output is
                               not a terminal)
      --color                  Colour even when output is not a terminal
      --stdin-format <format>  How to read stdin: text (default), markdown, html
      --stdin-filename <path>  Name to report stdin as; also sets its format by extension
                               and where the config is searched from
  -h, --help                   Show this help

Exit codes
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  usage or input error: unknown option, bad value, missing or unreadable file,
     invalid config. Other files are still checked and reported.

Examples
  carelint check records/
  carelint check --verbose visit-2024-05-14.md
  carelint check visit-2024-05-14.md --document-type visit --child Jamie
  carelint check --fail-on error --preset family-facing letters/
  carelint check --format sarif --fail-on none guidance/ > carelint.sarif
  carelint check --format github templates/
  carelint check --format json records/ > reports.json
  cat note.md | carelint check - --stdin-filename note.md

Nothing leaves this machine, and error messages never show a record's text.
`;
