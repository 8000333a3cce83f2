"""The demo notebook executes headless without an error, so it cannot rot."""

from __future__ import annotations

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = ROOT / "notebooks" / "demo.ipynb"


def test_demo_notebook_executes():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "the demo draws its plots"
    text = "".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in outputs)
    assert "mission F1" in text
    markdown = "".join(o.get("data", {}).get("text/markdown", "") for o in outputs)
    # the province cell says where provinces come from, or says plainly that the tables have none
    assert "Province from" in markdown or "No province columns" in markdown


def test_demo_uses_province_and_agency_key_columns_when_the_tables_have_them(monkeypatch):
    """The notebook's code, run in-process on tables given province and agency_key
    columns (as the province step adds them): the dossiers are grouped by province."""
    import ast

    import matplotlib

    matplotlib.use("Agg")
    import IPython.display
    import pandas as pd

    import cchc_extract

    monkeypatch.syspath_prepend(str(NOTEBOOK.parent))
    import build_demo

    real = cchc_extract.to_dataframes

    def with_provinces(records, texts=None):
        tables = real(records, texts)
        ind = tables["indicators"]
        ind["province"] = ["Tỉnh Thử" if isinstance(a, str) and "Vinh" in a else None for a in ind["agency"]]
        ind["agency_key"] = [a.lower() if isinstance(a, str) else None for a in ind["agency"]]
        tables["articles"]["province_name"] = None
        return tables

    shown = []
    monkeypatch.setattr(cchc_extract, "to_dataframes", with_provinces)
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: shown.extend(objs))
    monkeypatch.setattr("matplotlib.pyplot.show", lambda *a, **k: None)
    monkeypatch.chdir(NOTEBOOK.parent)
    scope: dict = {}
    for kind, src in build_demo.CELLS:
        if kind == "code":
            exec(compile(ast.parse(src), "<demo cell>", "exec"), scope)
    said = [o.data for o in shown if isinstance(o, IPython.display.Markdown)]
    assert any("Province from the figure's `province`" in s for s in said), said
    assert not any("No province columns" in s or "No `agency_key`" in s for s in said)
    assert "Tỉnh Thử" in scope["by_where"].index
    frames = [o for o in shown if isinstance(o, pd.DataFrame)]
    assert any(f.index.name == "agency_key" for f in frames)
