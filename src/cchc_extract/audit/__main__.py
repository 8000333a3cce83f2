from .commands import make_app

make_app()(prog_name="cchc-extract audit")
