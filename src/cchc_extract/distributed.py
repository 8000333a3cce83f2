"""Running the batch on Dask, on one machine or a cluster.

Two ways in, both doing exactly the per-file work of the local pool
(:func:`cchc_extract.batch.work_chunk`), so they give the same records:

* the CLI, ``cchc-extract extract FOLDER -o OUT --engine dask --scheduler
  tcp://HOST:8786`` (no ``--scheduler``: a ``LocalCluster`` of ``--jobs``
  single-threaded worker processes).  Chunks go to the cluster with a
  bounded number in flight and records are written in path order, streamed,
  resumable, as with the local pool;
* Python: :func:`extract_bag` gives a ``dask.bag.Bag`` of records to compose
  with the rest of a Dask workflow.

Workers need ``cchc-extract`` installed (same version) and must see the
article files at the paths the client names (a shared filesystem).  Each
worker process builds its pipeline once per thread and keeps it.

>>> import dask  # doctest: +SKIP
>>> from distributed import Client  # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> bag = extract_bag(["/shared/articles"], exclude=["entities"])  # doctest: +SKIP
>>> bag.map(lambda r: len(r.dossier_counts)).sum().compute()  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Literal

from .batch import DASK_CHUNK_SIZE, WINDOW_PER_WORKER, Failure, iter_paths, work_chunk
from .errors import CchcError, ConfigError
from .records import ArticleRecord


def _require_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError("the Dask engine needs dask[distributed]: pip install 'cchc-extract[dask]'") from exc


@contextmanager
def dask_executor(scheduler: str | None = None, jobs: int = 1, *, client=None
                  ) -> Iterator[tuple[Callable[[], object], int]]:
    """``(make_executor, window)`` for :func:`cchc_extract.batch.run_ordered`.

    ``client``: an existing ``distributed.Client`` (kept open); else
    ``scheduler``: the address of a running scheduler; else a
    ``LocalCluster`` with ``jobs`` single-threaded worker processes, closed
    on exit.  ``window`` (chunks in flight) scales with the cluster's threads.
    """
    _require_distributed()
    from distributed import Client, LocalCluster

    own_client = own_cluster = None
    if client is None:
        if scheduler:
            client = own_client = Client(scheduler)
        else:
            logging.getLogger("distributed").setLevel(logging.ERROR)
            own_cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = own_client = Client(own_cluster)
    try:
        threads = sum(client.nthreads().values()) or 1
        yield (lambda: client.get_executor(pure=False)), max(2, threads * WINDOW_PER_WORKER)
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


# --------------------------------------------------------------------------- bag API

def _partition_outcomes(paths: list[str], exclude: tuple[str, ...], cwd: str) -> list[tuple]:
    return work_chunk([(p, ()) for p in paths], exclude, cwd)


def _to_item(outcome: tuple, errors: str, as_dicts: bool):
    kind = outcome[0]
    if kind == "ok":
        if as_dicts:
            import json

            return json.loads(outcome[2])
        return ArticleRecord.model_validate_json(outcome[2])
    failure = Failure(outcome[1], outcome[2], outcome[3])
    if errors == "raise":
        raise CchcError(f"{failure.path}: {failure.reason}")
    return failure


def _is_record(item) -> bool:
    return not isinstance(item, Failure)


def extract_bag(paths: Iterable[str | os.PathLike], *, exclude: Iterable[str] = (), pattern: str = "*.txt",
                partition_size: int = DASK_CHUNK_SIZE,
                errors: Literal["skip", "include", "raise"] = "skip", as_dicts: bool = False):
    """A ``dask.bag.Bag`` of the records of the articles under ``paths``.

    Files are listed here (sorted, as the CLI does) and processed on the
    workers in partitions of ``partition_size`` paths; the bag keeps path
    order.  ``errors``: ``"skip"`` leaves failed files out, ``"include"``
    puts a :class:`cchc_extract.batch.Failure` in their place, ``"raise"``
    fails the computation.  ``as_dicts`` gives JSON dicts instead of
    :class:`ArticleRecord` objects (for ``bag.to_dataframe`` and friends).
    Computing the bag uses the active Dask scheduler (a ``distributed.Client``
    if one exists).
    """
    if errors not in ("skip", "include", "raise"):
        raise ConfigError(f"errors must be 'skip', 'include' or 'raise', not {errors!r}")
    import dask.bag as db

    from .pipeline import check_exclude

    exclude = check_exclude(exclude)
    listed = [str(p) for p in iter_paths(paths, pattern)]
    if not listed:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(listed, partition_size=partition_size)
    items = bag.map_partitions(_partition_outcomes, exclude, os.getcwd()).map(_to_item, errors, as_dicts)
    if errors == "skip":
        items = items.filter(_is_record)
    return items
