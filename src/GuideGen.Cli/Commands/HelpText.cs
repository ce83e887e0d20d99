namespace GuideGen.Cli.Commands;

public static class HelpText
{
    public const string General = """
        guidegen: builds an offline good-practice guide for adult social care.

        Usage:
          guidegen build [--root DIR] [--output DIR] [--verbose]   build the site
          guidegen check [--root DIR] [--verbose]                  validate only; write nothing
          guidegen check --search-report QUERIES.txt               the first three search results for each query
          guidegen new site [DIR] [--with-templates] [--blank]     write the bundled guide (or a blank one) into DIR
          guidegen new topic KLOE "Title" | new checklist KLOE | new page "Title"
                                                                    create a file to fill in
          guidegen serve [--root DIR] [--port N]                    preview on 127.0.0.1, rebuilding as you edit
          guidegen schemas [--root DIR]                             write JSON Schemas for editors to <root>/schemas/
          guidegen pdf [--root DIR] [--output FILE] [--key-question ID | --pack ID | --cards TOPIC | --supervision KLOE]
                                                                    print the guide, a key question or a pack to PDF
          guidegen <command> --help                                 help for one command

        Exit codes:
          0  success
          1  the content has errors (each printed as path(line,col): error GGnnnn: message)
          2  usage error (unknown command or option)
          3  unexpected failure (a bug, a file that could not be written, or Chromium missing for pdf)
        """;

    public const string Build = """
        guidegen build: build the guide into a static site that works offline.

        Usage: guidegen build [--root DIR] [--output DIR] [--verbose] [--warnings-as-errors] [--jobs N]
                              [--search-shards auto|always|never]

        Options:
          --root DIR     the guide's folder, holding site.yml, content/ and, optionally, templates/
                         (default: .). Without templates/, the templates built into guidegen are used
          --output DIR   where to write the site (default: <root>/_site). It is replaced only when
                         the whole build succeeds; it may not be the guide's folder, content/ or templates/
          --verbose      print the time each build step took (shown as they happen when the output is a terminal)
          --jobs N       use at most N threads (default: every core); the site is the same either way
          --search-shards auto|always|never
                         split the search index into files loaded as needed (default auto: from
                         10,000 search entries, about 300 topics; below that one index file is quick)

        Open <output>/index.html in a browser, straight from disk or from any web server.
        Exit codes: 0 success, 1 content errors, 2 usage error, 3 unexpected failure.
        """;

    public const string Check = """
        guidegen check: validate the guide without writing anything.

        Usage: guidegen check [--root DIR] [--verbose] [--format text|json] [--warnings-as-errors] [--jobs N]
               guidegen check [--root DIR] --search-report QUERIES.txt

        Options:
          --root DIR     the guide's folder, holding site.yml, content/ and, optionally, templates/ (default: .)
          --verbose      print the time each step took
          --format json  print the diagnostics as JSON (for tools and CI)
          --warnings-as-errors   fail on warnings too
          --jobs N       use at most N threads (default: every core)
          --search-report QUERIES.txt   run the site's search on each line of the file (words readers
                         might type) and print the first three results of each; a line may add, after
                         a tab, the topic id (or ids, comma-separated) that should be among them

        Every problem is listed at once as path(line,col): error GGnnnn: message.
        Exit codes: 0 no errors, 1 content errors, 2 usage error, 3 unexpected failure.
        """;

    public const string Pdf = """
        guidegen pdf: print the guide to PDF, with a table of contents, using Chromium.

        Usage: guidegen pdf [--root DIR] [--output FILE] [--key-question ID | --pack ID | --cards TOPIC | --supervision KLOE]

        Options:
          --root DIR           the guide's folder (default: .)
          --output FILE        the PDF to write (default: guide.pdf, <id>.pdf, cards-<topic>.pdf or supervision-<kloe>.pdf)
          --key-question ID    print one key question (safe, effective, caring, responsive, well-led)
          --pack ID            print a training pack from content/packs/
          --cards TOPIC        print a topic's discussion cards (A4, cut along the dashed lines)
          --supervision KLOE   print a KLOE's supervision prompt sheet (for example S1)

        Needs Chromium (Debian: apt-get install chromium; or set GUIDEGEN_CHROMIUM). The rest of
        GuideGen does not. Exit codes: 0 success, 1 content errors, 2 usage error, 3 failure or no Chromium.
        """;

    public const string New = """
        guidegen new: start a guide, or create a content file with every field present and explained.

        Usage:
          guidegen new site [DIR]             the bundled guide: DIR/site.yml, content/ and schemas/ (default DIR: --root)
            --blank                           a minimal guide in neutral words instead: one section, one topic,
                                              one page and a glossary, to make your own
            --with-templates                  also DIR/templates/, a copy of the built-in templates to change
          guidegen new topic KLOE "Title"     content/topics/<key question>/<kloe>-<title>.yml
          guidegen new checklist KLOE         content/checklists/<kloe>.yml
          guidegen new page "Title"           content/pages/<title>.md
          --root DIR                          the guide's folder (default: .)

        Nothing is ever overwritten: new site refuses a folder that already has site.yml, content/ or
        schemas/ (or templates/, with --with-templates). Then build it: cd DIR && guidegen build
        Exit codes: 0 created, 1 site.yml has errors, 2 usage error or file exists.
        """;

    public const string Serve = """
        guidegen serve: build the guide and preview it while you edit.

        Usage: guidegen serve [--root DIR] [--port N] [--output DIR]

        Serves the site on http://127.0.0.1:N/ (default 8080; only this computer can see it), rebuilds
        when content/, templates/ or site.yml change and reloads open pages. If a change breaks the
        guide, the errors show in the terminal and on every page, and the last good site stays served.
        Stop with Ctrl+C.
        """;
}
