"""The registry facade: agencies, sources, datasets and data services in the platform store.

Every registration is checked against the real source first (introspection, a LIMIT 0 run of
each service query) and then written in one transaction, so bad input leaves the store as it
was. Codes are unique: registering one twice is a :class:`ConflictError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError as SqlIntegrityError

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.registry import _repo as repo
from lienthong.registry import _tables as t
from lienthong.registry._build import build_service, build_source
from lienthong.registry._model import (
    Agency,
    Column,
    DataService,
    Dataset,
    DatasetSpec,
    ImportSummary,
    Published,
    PublishSpec,
    Retirement,
    ServiceSpec,
    Source,
    check_code,
    check_version,
)
from lienthong.registry._profiled import profiled_source, reprofile_flags
from lienthong.registry._publish import plan_service
from lienthong.sources import DEFAULT_TIMEOUT_S, Connector, open_connector_url, resolve_url
from lienthong.store import Store

if TYPE_CHECKING:  # profiling loads DuckDB: only profiling needs it
    from lienthong.profiling import DatasetProfile

Progress = Callable[[str], None]


class Registry:
    """The catalog of a city's sector data, kept in the platform store."""

    def __init__(self, store: Store, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.store = store
        self.timeout_s = timeout_s

    # ---- agencies ------------------------------------------------------------------------
    def add_agency(
        self, code: str, name: str, *, name_en: str | None = None, kind: str | None = None
    ) -> Agency:
        agency = _checked_agency(Agency(code, name, name_en, kind))
        with self._writing() as conn:
            if repo.exists(conn, t.agencies, code=code):
                raise ConflictError(f"Agency {code} is already registered.")
            repo.insert_agency(conn, agency)
        return agency

    def list_agencies(self) -> list[Agency]:
        with self.store.connect() as conn:
            return repo.agencies(conn)

    def get_agency(self, code: str) -> Agency:
        with self.store.connect() as conn:
            found = repo.agencies(conn, code)
        if not found:
            raise NotFoundError(f"No agency {code!r} is registered.")
        return found[0]

    # ---- sources and datasets ------------------------------------------------------------
    def add_source(
        self,
        agency: str,
        code: str,
        url: str,
        *,
        base_dir: Path | None = None,
        title: str | None = None,
        datasets: Sequence[DatasetSpec] | None = None,
    ) -> Source:
        """Register a database or file; its schema is read from the source itself."""
        check_code(code, "Source code")
        self.get_agency(agency)
        with self.store.connect() as conn:
            if repo.exists(conn, t.sources, code=code):
                raise ConflictError(f"Source {code} is already registered.")
        url = resolve_url(url, base_dir)
        with open_connector_url(url, timeout_s=self.timeout_s) as connector:
            source = build_source(
                agency=agency,
                code=code,
                url=url,
                kind=connector.kind,
                title=title,
                schemas=connector.introspect(),
                specs=datasets,
            )
            source, profiles = profiled_source(connector, source, datasets)
        with self._writing() as conn:
            if repo.exists(conn, t.sources, code=code):
                raise ConflictError(f"Source {code} is already registered.")
            repo.insert_source(conn, source)
            for profile in profiles:
                repo.save_profile(conn, profile)
        return source

    def list_sources(self) -> list[Source]:
        with self.store.connect() as conn:
            return repo.sources(conn)

    def get_source(self, code: str) -> Source:
        with self.store.connect() as conn:
            found = repo.sources(conn, code)
        if not found:
            raise NotFoundError(f"No source {code!r} is registered.")
        return found[0]

    def list_datasets(self) -> list[Dataset]:
        with self.store.connect() as conn:
            return repo.datasets(conn)

    def get_dataset(self, dataset_id: str) -> Dataset:
        """A dataset by id, ``source.table`` (e.g. ``population.cong_dan``)."""
        with self.store.connect() as conn:
            found = repo.datasets(conn, dataset_id=dataset_id)
        if not found:
            raise NotFoundError(
                f"No dataset {dataset_id!r} is registered.",
                hint="Dataset ids are source.table, e.g. population.cong_dan.",
            )
        return found[0]

    # ---- profiles and personal data ------------------------------------------------------
    def get_profile(self, dataset_id: str) -> DatasetProfile | None:
        """The dataset's last profile (``None`` for one registered before profiling existed)."""
        self.get_dataset(dataset_id)
        with self.store.connect() as conn:
            return repo.load_profile(conn, dataset_id)

    def get_previous_profile(self, dataset_id: str) -> DatasetProfile | None:
        """The profile the last one replaced (``None``: profiled once at most)."""
        self.get_dataset(dataset_id)
        with self.store.connect() as conn:
            return repo.load_previous_profile(conn, dataset_id)

    def profile(self, dataset_id: str) -> DatasetProfile:
        """Profile the dataset again; flags a person or a manifest set are left as they are."""
        dataset = self.get_dataset(dataset_id)
        source = self.get_source(dataset.source)
        with open_connector_url(source.url, timeout_s=self.timeout_s) as connector:
            from lienthong.profiling import profile_dataset

            profile = profile_dataset(connector, dataset.table, dataset=dataset.id)
        with self._writing() as conn:
            reprofile_flags(conn, dataset, profile)
            repo.save_profile(conn, profile)
        return profile

    def mark_not_personal(self, dataset_id: str, column: str, *, reason: str, actor: str) -> Column:
        """Declare a column non-personal: an explicit act with who and why (personal is the
        default). The caller audits it (``COLUMN_MARKED_NOT_PERSONAL``)."""
        dataset = self.get_dataset(dataset_id)
        found = dataset.column(column)
        if found is None:
            raise InputError(
                f"Dataset {dataset_id} has no column {column!r}; its columns are:"
                f" {', '.join(c.name for c in dataset.columns)}."
            )
        why = reason.strip()
        if not why or len(why) > 500:
            raise InputError(
                "Marking a column non-personal needs a reason (1 to 500 characters).",
                hint='Add --reason "…", e.g. "amounts in VND, no person can be told from them".',
            )
        if not actor.strip() or len(actor) > 128:
            raise InputError("Marking a column non-personal needs who does it (--by).")
        flags = tuple(flag for flag in found.flags if flag != "personal")
        with self._writing() as conn:
            repo.delete_not_personal(conn, dataset_id, column)
            repo.insert_not_personal(conn, dataset_id, column, reason=why, actor=actor)
            repo.set_column_flags(conn, dataset_id, column, flags)
        return replace(found, flags=flags)

    def not_personal(self, dataset_id: str) -> dict[str, dict[str, str]]:
        """The columns of a dataset declared non-personal: name -> {reason, actor}."""
        with self.store.connect() as conn:
            return repo.not_personal(conn, dataset_id)

    # ---- data services -------------------------------------------------------------------
    def add_service(self, spec: ServiceSpec) -> DataService:
        """Register a read-only query over a dataset, after running it once with LIMIT 0."""
        self.get_agency(spec.provider)
        dataset = self.get_dataset(spec.dataset)
        source = self.get_source(dataset.source)
        with open_connector_url(source.url, timeout_s=self.timeout_s) as connector:
            service = build_service(spec, dataset, source, connector)
        with self._writing() as conn:
            self._insert_service(conn, service)
        return service

    def publish_service(self, spec: PublishSpec) -> Published:
        """Publish a data service an agency describes (lookup columns, fields, texts, legal
        basis, purposes, subject column); the query is generated and checked on the source.

        Personal when its dataset holds a personal column (flag or profile, unless declared
        non-personal by a person). A published version is never changed: publishing one that
        exists is a :class:`ConflictError`. Bad input raises before anything is stored.
        """
        self.get_agency(spec.provider)
        dataset = self.get_dataset(spec.dataset)
        source = self.get_source(dataset.source)
        with self.store.connect() as conn:
            profile = repo.load_profile(conn, dataset.id)
            declared = repo.not_personal(conn, dataset.id)
            key = (spec.provider, spec.code, spec.version)
            if repo.exists(conn, t.services, provider=key[0], code=key[1], version=key[2]):
                raise ConflictError(
                    f"Data service {'/'.join(key)} is already published.",
                    hint="A published version is never changed: publish a new version.",
                )
        with open_connector_url(source.url, timeout_s=self.timeout_s) as connector:
            published = plan_service(
                spec, dataset, source, connector, profile=profile, declared=declared
            )
        with self._writing() as conn:
            self._insert_service(conn, published.service)
        return published

    def retire_service(
        self,
        provider: str,
        code: str,
        version: str,
        *,
        sunset: datetime,
        replaced_by: str,
        actor: str,
        now: datetime | None = None,
    ) -> Retirement:
        """Schedule the end of a service version: it answers, deprecated, until ``sunset``,
        then 410 Gone naming ``replaced_by`` (a published version of the same service)."""
        service = self.get_service(provider, code, version)
        when = now or datetime.now(UTC)
        if sunset.tzinfo is None:
            raise InputError("The sunset time needs a time zone (UTC).")
        if replaced_by == version:
            raise InputError(f"{service.id} cannot be replaced by itself.")
        successor = self.get_service(provider, code, check_version(replaced_by))
        if successor.retirement is not None:
            raise InputError(
                f"{successor.id} is itself retired: name the version that replaces both."
            )
        if sunset.date() < when.date():
            raise InputError(
                f"The sunset date {sunset.date()} is in the past: give today or a later date."
            )
        if service.retirement is not None:
            raise ConflictError(
                f"{service.id} is already retired (sunset {service.retirement.sunset:%Y-%m-%d},"
                f" replaced by {service.retirement.replaced_by}).",
            )
        if not actor.strip() or len(actor) > 128:
            raise InputError("Retiring a service needs who does it.")
        retirement = Retirement(
            sunset=sunset.astimezone(UTC),
            replaced_by=successor.id,
            retired_at=when,
            actor=actor,
        )
        with self._writing() as conn:
            repo.insert_retirement(conn, (provider, code, version), retirement)
        return retirement

    def list_services(self) -> list[DataService]:
        with self.store.connect() as conn:
            return repo.services(conn)

    def get_service(self, provider: str, code: str, version: str) -> DataService:
        with self.store.connect() as conn:
            found = repo.services(conn, key=(provider, code, version))
        if not found:
            raise NotFoundError(f"No data service {provider}/{code}/{version} is registered.")
        return found[0]

    # ---- manifest ------------------------------------------------------------------------
    def import_manifest(
        self, path: Path, *, replace: bool = False, progress: Progress | None = None
    ) -> ImportSummary:
        """Load a city manifest all-or-nothing: every source checked first, one transaction.

        With ``replace``, sources and services of the same codes are replaced and agencies
        updated (re-importing a regenerated city); otherwise any of them already registered
        is a :class:`ConflictError` and nothing is written.
        """
        say = progress or (lambda _message: None)
        from lienthong.registry._manifest import read_manifest  # pydantic models: slow to build

        manifest = read_manifest(Path(path))
        agencies = {a.code: _checked_agency(a) for a in manifest.agencies}
        if len(agencies) != len(manifest.agencies):
            raise InputError(f"The manifest {manifest.path.name} lists an agency twice.")
        known_agencies = {a.code for a in self.list_agencies()} | set(agencies)
        codes = [entry.code for entry in manifest.sources]
        if len(set(codes)) != len(codes):
            raise InputError(f"The manifest {manifest.path.name} lists a source twice.")
        with ExitStack() as stack:
            connectors: dict[str, Connector] = {}
            sources: dict[str, Source] = {}
            profiles: list[DatasetProfile] = []
            for entry in manifest.sources:
                if entry.agency not in known_agencies:
                    raise NotFoundError(
                        f"Source {entry.code} belongs to agency {entry.agency}, which neither"
                        " the manifest nor the registry knows."
                    )
                say(f"Reading the schema of {entry.code}")
                connector = stack.enter_context(
                    open_connector_url(entry.url, timeout_s=self.timeout_s)
                )
                connectors[entry.code] = connector
                built = build_source(
                    agency=entry.agency,
                    code=entry.code,
                    url=entry.url,
                    kind=connector.kind,
                    title=entry.title,
                    schemas=connector.introspect(),
                    specs=entry.datasets,
                )
                say(f"Profiling {entry.code}")
                sources[entry.code], found = profiled_source(connector, built, entry.datasets)
                profiles.extend(found)
            services = []
            for spec in manifest.services:
                say(f"Checking service {spec.provider}/{spec.code}/{spec.version}")
                dataset, source, connector = self._service_target(spec, sources, connectors, stack)
                if spec.provider not in known_agencies:
                    raise NotFoundError(f"Service {spec.code}: no agency {spec.provider!r}.")
                services.append(build_service(spec, dataset, source, connector))
        say("Writing the registry")
        with self._writing() as conn:
            for agency in agencies.values():
                if repo.exists(conn, t.agencies, code=agency.code):
                    if not replace:
                        raise ConflictError(
                            f"Agency {agency.code} is already registered.",
                            hint="Use --replace to re-import a regenerated city.",
                        )
                    repo.update_agency(conn, agency)
                else:
                    repo.insert_agency(conn, agency)
            for source in sources.values():
                if repo.exists(conn, t.sources, code=source.code):
                    if not replace:
                        raise ConflictError(f"Source {source.code} is already registered.")
                    repo.delete_source(conn, source.code)
                repo.insert_source(conn, source)
            for profile in profiles:
                repo.save_profile(conn, profile)
            for service in services:
                key = (service.provider, service.code, service.version)
                if replace:
                    repo.delete_service(conn, key)
                self._insert_service(conn, service)
        return ImportSummary(
            manifest=str(manifest.path),
            agencies=len(agencies),
            sources=len(sources),
            datasets=sum(len(s.datasets) for s in sources.values()),
            columns=sum(len(d.columns) for s in sources.values() for d in s.datasets),
            services=len(services),
            replaced=replace,
        )

    # ---- export --------------------------------------------------------------------------
    def export_dcat(self, *, base_uri: str) -> dict[str, Any]:
        """The catalog as DCAT-AP 3.0 JSON-LD, for open-data portals (CKAN's dcat harvester).

        ``base_uri`` is the platform's public address (see ``public_base_uri``): every IRI
        is minted under it.
        """
        from lienthong.registry._dcat import catalog_jsonld

        return catalog_jsonld(
            self.list_agencies(), self.list_sources(), self.list_services(), base_uri=base_uri
        )

    def export_catalog(self, *, base_uri: str, format: str = "turtle") -> str:
        """The DCAT-AP catalog as text in ``format`` (``turtle``, ``jsonld``, ``rdfxml``)."""
        from lienthong.registry._catalog import catalog_format, serialize

        fmt = catalog_format(format)  # a wrong name fails before the store is read
        return serialize(self.export_dcat(base_uri=base_uri), fmt)

    # ---- internals -----------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """``store.begin()``; a unique-key race becomes a :class:`ConflictError`."""
        try:
            with self.store.begin() as conn:
                yield conn
        except SqlIntegrityError as error:
            raise ConflictError(
                f"The registry was not changed: the store refused the write ({error.orig}).",
                hint="Another process may have registered the same code at the same time.",
            ) from error

    def _insert_service(self, conn: Connection, service: DataService) -> None:
        if repo.exists(
            conn, t.services, provider=service.provider, code=service.code, version=service.version
        ):
            raise ConflictError(
                f"Data service {service.id} is already registered.",
                hint="Publish a new version instead of changing a published one.",
            )
        repo.insert_service(conn, service)

    def _service_target(
        self,
        spec: ServiceSpec,
        sources: dict[str, Source],
        connectors: dict[str, Connector],
        stack: ExitStack,
    ) -> tuple[Dataset, Source, Connector]:
        source_code = spec.dataset.split(".", 1)[0]
        if source_code in sources:
            source = sources[source_code]
            dataset = next((d for d in source.datasets if d.id == spec.dataset), None)
            if dataset is None:
                raise NotFoundError(
                    f"Service {spec.code} is over dataset {spec.dataset}, which source"
                    f" {source_code} does not declare."
                )
            return dataset, source, connectors[source_code]
        dataset = self.get_dataset(spec.dataset)
        source = self.get_source(dataset.source)
        if source.code not in connectors:
            connectors[source.code] = stack.enter_context(
                open_connector_url(source.url, timeout_s=self.timeout_s)
            )
        connector = connectors[source.code]
        return dataset, source, connector


def _checked_agency(agency: Agency) -> Agency:
    check_code(agency.code, "Agency code")
    if not agency.name or not agency.name.strip():
        raise InputError(f"Agency {agency.code} needs a name.")
    return agency
