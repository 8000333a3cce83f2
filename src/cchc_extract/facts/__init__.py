"""One module per fact type; each finds spans, then resolves their values.

Importing this package registers every stage with spaCy (see
:func:`cchc_extract.context.stage`).  Order matters: later stages read what
earlier ones found.
"""

from . import metadata, dates, percentages, legal, dossiers, link_stage, quantities, entities, checks  # noqa: F401
from . import province_stage  # noqa: F401  (last: it reads what every other stage found)
