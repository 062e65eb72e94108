/** `carelint audit --help`. */
export const auditHelp = `Usage
  carelint audit <input...> --out <folder> [options]

Checks every record of an export or a folder on all of this computer's cores, and writes
figures by team, month and author, and a report managers can open in a browser.

Inputs
  folder             every .txt, .md, .markdown, .html, .htm and .docx file in it, recursively
                     (sorted; node_modules and folders starting with "." are skipped)
  export.csv         one record per row; the first row names the columns
  export.jsonl       one JSON object per line (.jsonl or .ndjson)
  -                  JSONL read from stdin
  any other file     one record

Output, in the --out folder
  records.jsonl      one line per record, in input order: its id, metadata, findings and
                     figures, or the reason it could not be read
  summary.json       figures overall and by team, month and author
  summary.csv        the same as a spreadsheet
  report.html        one self-contained page: charts, tables, and a table of records;
                     no network, and no record text beyond the flagged phrases
  results.sarif      with --format sarif

Options
  -o, --out <folder>       Where the results go (created if missing)
      --map <fields>       Where the id, text and metadata are in a CSV or JSONL export, as
                           key=column pairs: id, text, date, team, author, type, and child
                           (the children's names, separated by ; or , so their own words are
                           found; never written out). Default: columns named after the keys.
                           JSONL keys may be dotted (note.body). type sets the document type
                           when it is visit, plan, assessment, review, letter or other
  -j, --jobs <n>           Worker threads (default: the number of cores, here {cores})
      --resume             Continue an audit that stopped (even killed) in the --out folder;
                           the inputs and options must be the same
      --snippets           Keep the text around each finding in records.jsonl and report.html
                           (off by default: the report then holds no record text beyond the
                           flagged phrases)
  -f, --format sarif       Also write results.sarif (code scanning format)
      --fail-on <level>    Exit 1 when a finding is at this level or above: error,
                           warning (default), info, or none (never)
      --preset <name>      recommended, family-facing, audit (default) or strict
  -c, --config <file>      Use this config file instead of searching from the working folder
      --text-format <fmt>  How export text fields are read: text (default), markdown, html
      --cache <folder>     Content-hash cache (default: <out>/cache); unchanged records are
                           not checked again
      --no-cache           Check every record again and keep no cache
      --table-limit <n>    Records in report.html's table (default 100000; all are in
                           records.jsonl and counted in the figures)
      --timeout <seconds>  Stop checking a record after this long; it becomes an error row
                           (default 60)
      --max-chars <n>      Records longer than this are error rows (default 1000000)
      --no-progress        No progress bar or progress lines
      --shard <I/N>        Check only shard I of N (counted from 0): the records whose id hashes
                           to I. Run N of these at once (a Kubernetes Indexed Job, a CI matrix),
                           then join their --out folders with 'carelint audit merge'
  -h, --help               Show this help

Nothing is lost: a record that cannot be read or checked is an error row with its id and the
reason (never its text), and the audit goes on. records = checked + errors, always.

Merging shards
  carelint audit merge <shard folder...> --out <folder>
                           Joins every shard's folder into what one audit of all the records
                           writes (see 'carelint audit merge --help')

Exit codes (the last line of the output says which, and why)
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  usage or input error, or at least one record could not be read or checked
     (all the others are still checked and reported)

Examples
  carelint audit records/ --out audit/
  carelint audit export.csv --out audit/ --map id=note_id,text=body,date=created,team=team_name,author=worker,type=doc_type
  carelint audit export.csv --out audit/ --resume
  cat export.jsonl | carelint audit - --out audit/ --fail-on none
  carelint audit records/ --out audit/ --format sarif --jobs 2
  carelint audit export.csv --out shard-0 --shard 0/2   (and 1/2 elsewhere), then
  carelint audit merge shard-0 shard-1 --out audit/

Nothing leaves this machine, and error messages never show a record's text.
`;
