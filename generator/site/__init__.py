"""Build the guide site: render the docs tree with Jinja2, then build it with MkDocs."""
