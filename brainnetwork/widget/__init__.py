"""The website chat widget: static files and the small server that serves them."""
