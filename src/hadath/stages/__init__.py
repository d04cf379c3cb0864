"""Pipeline stages: each takes an Article, reads the layers it requires and adds its own."""
