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

from .batch import DASK_CHUNK_SIZE, WINDOW_PER_WORKER, Failure, work_chunk
from .errors import CchcError, ConfigError, UsageError
from .paths import iter_items
from .reading import printable
from .records import ArticleRecord


def _require_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError("the Dask engine needs dask[distributed]: pip install 'cchc-extract[dask]'") from exc


#: Longest first message a Dask peer sends on connecting (its handshake is a
#: few hundred bytes); a length beyond it is another protocol.
_MAX_HANDSHAKE = 1 << 20


def check_scheduler(address: str, timeout: float = 10.0) -> None:
    """Check that a Dask scheduler answers at a ``tcp://`` ``address`` within
    ``timeout`` seconds; raise :class:`UsageError` saying why not.

    distributed's own connect can wait for ever on a port that accepts and
    stays silent, and reads any other protocol's first bytes as a frame
    length (``MemoryError: Unable to allocate 3.07 EiB``).  A scheduler
    speaks first on a new connection: an 8-byte little-endian length, then
    its handshake.  Other transports (``tls://``, ``ws://``) are left to
    distributed.
    """
    import socket
    import struct
    import time

    from distributed.comm import parse_address, parse_host_port

    try:
        scheme, loc = parse_address(address)
    except ValueError as exc:
        raise UsageError(f"{address}: not a Dask scheduler address ({exc})") from None
    if scheme != "tcp":
        return
    try:
        host, port = parse_host_port(loc)
    except ValueError as exc:
        raise UsageError(f"{address}: not a Dask scheduler address ({exc})") from None
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            head = b""
            while len(head) < 8:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                part = sock.recv(8 - len(head))
                if not part:
                    raise UsageError(f"{address}: closed the connection without answering as a Dask scheduler")
                head += part
    except TimeoutError:
        raise UsageError(f"{address}: no answer from a Dask scheduler within {timeout:g} s "
                         "(the port accepts connections but stays silent)") from None
    except OSError as exc:
        raise UsageError(f"{address}: cannot connect to a Dask scheduler: {exc.strerror or exc}") from None
    (size,) = struct.unpack("<Q", head)
    if not 0 < size <= _MAX_HANDSHAKE:
        raise UsageError(f"{address}: answers, but not as a Dask scheduler (first bytes {head!r})")


@contextmanager
def dask_executor(scheduler: str | None = None, jobs: int = 1, *, client=None, connect_timeout: float = 10.0
                  ) -> Iterator[tuple[Callable[[], object], int]]:
    """``(make_executor, window)`` for :func:`cchc_extract.batch.run_ordered`.

    ``client``: an existing ``distributed.Client`` (kept open); else
    ``scheduler``: the address of a running scheduler, reached within
    ``connect_timeout`` seconds or :class:`UsageError`; else a
    ``LocalCluster`` with ``jobs`` single-threaded worker processes, closed
    on exit.  ``window`` (chunks in flight) scales with the cluster's threads.
    """
    _require_distributed()
    from distributed import Client, LocalCluster

    own_client = own_cluster = None
    if client is None:
        if scheduler:
            check_scheduler(scheduler, connect_timeout)
            try:
                client = own_client = Client(scheduler, timeout=connect_timeout)
            except Exception as exc:  # distributed raises many kinds (OSError, TimeoutError, MemoryError...)
                raise UsageError(f"{scheduler}: cannot connect to a Dask scheduler: "
                                 f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
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

def _partition_outcomes(items: list[tuple[str, str]], exclude: tuple[str, ...], cwd: str) -> list[tuple]:
    return work_chunk([(p, (), doc_id) for p, doc_id in items], exclude, cwd)


def _to_item(outcome: tuple, errors: str, as_dicts: bool):
    kind = outcome[0]
    if kind == "ok":
        if as_dicts:
            import json

            return json.loads(outcome[2])
        return ArticleRecord.model_validate_json(outcome[2])
    failure = Failure(printable(outcome[1]), outcome[2], printable(outcome[3]))
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
    listed = [(str(p), doc_id) for p, doc_id in iter_items(paths, pattern)]
    if not listed:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(listed, partition_size=partition_size)
    items = bag.map_partitions(_partition_outcomes, exclude, os.getcwd()).map(_to_item, errors, as_dicts)
    if errors == "skip":
        items = items.filter(_is_record)
    return items
