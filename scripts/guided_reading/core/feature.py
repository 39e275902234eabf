"""The interface every feature of a reading implements, and the loop that checks a reading with them.

A feature is one package under `features/`: it checks its part of the edition against the text and,
when the reading has any of it, may mark the op-ed's paragraphs, add sections to the pages that show
the text (at a `Slot`), and add pages of its own. The registry (`features/__init__.py`) lists them; the
order between two features is declared with `after`, never implied by where a line stands.
"""
from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from .asset_files import assets_in
from .cited import Cited
from .context import Annotator, Checking, Installed, ReadingContext, ReadingText
from .errors import ReadingError, raise_all
from .handle import Handle
from .page import Page
from .page_asset import PageAsset
from .schema import EditionCore, EditionPart
from .slot import Slot
from .todo import check_todo

ConfigT = TypeVar("ConfigT")
StateT = TypeVar("StateT")


class Feature(Generic[ConfigT, StateT]):
    """One optional part of a reading (the glossary, key figures, quizzes, …).

    `ConfigT` is the feature's part of the edition (`config`), `StateT` what its check finds. `check`
    validates the feature's part of the edition against the text, reporting each problem on the
    `Checking` it is given, and returns what the feature found; nothing (None, or an empty result) means
    the reading has none of it, and the feature adds nothing: no page, no empty heading. Every hook is
    empty by default: a feature overrides the ones it uses.
    """

    # The feature's typed name, which others read its findings through (core/shared.py for the ones read
    # by other features); its key is the feature's name and, when it has one, its edition key.
    handle: Handle[StateT]
    # The keys the feature adds to the edition, with their models (its folder's schema.py); None: it adds none.
    # The registry makes the edition's model from these (core/edition_model.py). The key named after the
    # feature, when it has one, is its `config`.
    schema: type[EditionPart] | None = None
    # Features whose findings this one reads, or whose marks its own marks must see: checked first. When
    # one of them fails, this feature still checks, without that one's findings.
    after: tuple[Handle[Any], ...] = ()
    # Of those, the ones without whose findings this feature has nothing to check: it is skipped when one failed.
    needs: tuple[Handle[Any], ...] = ()
    # The stylesheets and scripts its sections and pages use, by their address in the site (`assets/<file>`): its
    # own, kept in its folder (`own_assets`), and the site's shared ones, kept in docs/assets/. Each is one of its
    # page assets, loaded on every page by mkdocs.yml (extra_css, extra_javascript) or linked by its own pages;
    # tests/unit/test_feature_assets.py checks it.
    assets: tuple[str, ...] = ()
    # The files of `assets` that load only on the pages whose HTML holds a marker of the feature's markup; the
    # build writes them into the site's configuration (extra.page_assets in nav.generated.yml).
    page_assets: tuple[PageAsset, ...] = ()
    # The modules of its package that write HTML (its sections and pages); no other module of it may
    # (tests/unit/test_layers.py).
    renderers: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.handle.key

    @property
    def own_assets(self) -> dict[str, Path]:
        """The files of the `assets/` folder beside its class (features/<name>/assets/), by their address in the
        site: the generation copies each to docs/assets/ (builder/feature_assets.py)."""
        return assets_in(Path(inspect.getfile(type(self))).parent)

    def config(self, edition: EditionCore) -> ConfigT:
        """The feature's part of the edition: the key of its schema named after it."""
        if self.schema is None or self.name not in self.schema.model_fields:
            return cast(ConfigT, None)
        return cast(ConfigT, getattr(self.schema.of(edition), self.name))

    def check(self, ctx: Checking) -> StateT | None:
        return None

    def annotator(self, state: StateT) -> Annotator | None:
        """What the feature marks in a page's paragraphs, given its findings."""
        return None

    def cited(self, ctx: Checking) -> Iterable[Cited]:
        """The feature's entries that may state facts, each with the texts the citation rule reads (the fields
        the schema marks as facts: core/fields.py stated_texts) and the sources it names."""
        return ()

    def sections(self, ctx: ReadingContext, state: StateT, slot: Slot, key: str) -> list[str]:
        """Sections for one place of a page (for Slot.PART, `key` is the part's id)."""
        return []

    def pages(self, ctx: ReadingContext, state: StateT) -> list[Page]:
        """The feature's own pages."""
        return []

    def state(self, ctx: Checking | ReadingContext) -> StateT | None:
        return self.handle.state(ctx)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


AnyFeature = Feature[Any, Any]


def in_order(features: Sequence[AnyFeature]) -> tuple[AnyFeature, ...]:
    """The features in the order they are listed, moved only as far as their `after` requires."""
    names = [f.name for f in features]
    if len(set(names)) != len(names):
        raise ValueError(f"two features share a name: {names}")
    for feature in features:
        if not set(feature.needs) <= set(feature.after):
            raise ValueError(f"feature {feature.name!r} needs features it does not list in `after`")
        unknown = {h.key for h in feature.after} - set(names)
        if unknown:
            raise ValueError(f"feature {feature.name!r} comes after unknown features {sorted(unknown)}")
    done: list[AnyFeature] = []
    waiting = list(features)
    while waiting:
        ready = next((f for f in waiting if {h.key for h in f.after} <= {d.name for d in done}), None)
        if ready is None:
            raise ValueError(f"the features {[f.name for f in waiting]} wait for each other in a circle")
        done.append(ready)
        waiting.remove(ready)
    return tuple(done)


def install(text: ReadingText, registry: Sequence[AnyFeature]) -> ReadingContext:
    """Check the reading with every feature, collecting all problems, then stop if there were any.

    A feature whose check fails leaves no findings; the features after it still check (a wrong figure
    quote does not hide an unknown source id in the glossary), except the ones that `need` it.
    """
    # What the edition states is cited in the order of its keys (the sources page lists what rests on a source so).
    keys = list(type(text.edition).model_fields)
    in_edition = sorted(registry, key=lambda f: keys.index(f.name) if f.name in keys else len(keys))
    checking = Checking(**{name: getattr(text, name) for name in text.__dataclass_fields__}, citing=tuple(f.cited for f in in_edition))
    installed: list[Installed] = []
    failed = checking.failed
    for feature in registry:
        if failed & {h.key for h in feature.needs}:
            failed.add(feature.name)  # its inputs are wrong: its own findings would only repeat the problem
            continue
        before = len(checking.problems)
        try:
            state = feature.check(checking)
        except ReadingError as problem:
            checking.problem(problem)
            state = None
        if len(checking.problems) > before:
            failed.add(feature.name)
            continue
        if state:
            checking.found[feature.name] = state
            installed.append(bind(feature, state))
    check_todo(checking)
    raise_all(checking.problems)
    return ReadingContext(
        **{name: getattr(text, name) for name in ReadingText.__dataclass_fields__},
        installed=tuple(installed),
        warnings=tuple(checking.warnings),
    )


def bind(feature: Feature[Any, StateT], state: StateT) -> Installed:
    """The feature's hooks with its findings for one reading filled in."""
    return Installed(
        feature.name,
        state,
        feature.annotator(state),
        lambda ctx, slot, key: feature.sections(ctx, state, slot, key),
        lambda ctx: feature.pages(ctx, state),
    )
