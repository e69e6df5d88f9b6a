"""The Back Market connector's settings, declared once, and where the token comes from.

A server instance keeps them in `<data dir>/marketplace.toml`, section `[backmarket]`
(docs/marketplace.md lists every key). The token never sits in that file: it comes from the
environment variable RI_BACKMARKET_TOKEN or from the file named by `token_file`, is held in
memory only, and never reaches a log, an exception message or a bench.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from inspector_app.domain.returns import ProductCategory
from inspector_app.marketplace.backmarket.actions import PROBLEM_TYPES
from inspector_app.settings import Option, SettingError, coerce

CONFIG_FILE = "marketplace.toml"
SECTION = "backmarket"
TOKEN_ENV = "RI_BACKMARKET_TOKEN"  # noqa: S105 - the variable's name, not a secret

HOSTS = {"eu": "backmarket.fr", "na": "backmarket.com", "ap": "backmarket.co.jp"}
"""Back Market's platforms; production is `www.` + host, the test environment `preprod.`."""

OPTIONS: tuple[Option, ...] = (
    Option(
        "base_url",
        str,
        "",
        "Base URL",
        "Any http(s)://host[:port]; empty uses the host of `region` and `environment`.",
    ),
    Option("region", str, "eu", "Platform", "eu, na or ap.", choices=tuple(HOSTS)),
    Option(
        "environment",
        str,
        "production",
        "Environment",
        "production or preprod (a separate account and token).",
        choices=("production", "preprod"),
    ),
    Option(
        "token_file",
        str,
        "",
        "Token file",
        f"File holding the back office's API token; {TOKEN_ENV} takes precedence.",
    ),
    Option("company", str, "", "Company", "Your company, for the User-Agent Back Market requires."),
    Option("integration", str, "ReturnInspector", "Integration name", "For the User-Agent."),
    Option("contact_email", str, "", "Contact e-mail", "For the User-Agent."),
    Option("accept_language", str, "fr-fr", "Accept-Language", "A locale such as fr-fr."),
    Option("proxy", str, "", "HTTP proxy", "e.g. http://proxy.example:3128; empty: direct."),
    Option("timeout_s", float, 20.0, "Network timeout (s)", minimum=1, maximum=300),
    Option("poll_interval_s", float, 300.0, "Poll every (s)", minimum=30, maximum=86_400),
    Option(
        "first_poll_days",
        int,
        60,
        "First poll looks back (days)",
        "Care folders changed this long before the first poll are pulled.",
        minimum=1,
        maximum=365,
    ),
    Option("backship", bool, False, "Backship", "The seller uses Backship for returns."),
    Option(
        "transit_days",
        int,
        3,
        "Transit (days)",
        "Estimated carrier transit: delivery after shipping, arrival after pickup.",
        minimum=0,
        maximum=60,
    ),
    Option(
        "overdue_days",
        int,
        7,
        "Overdue after (days)",
        "A return label issued this long ago and never picked up is overdue.",
        minimum=1,
        maximum=120,
    ),
    Option(
        "window_days",
        int,
        30,
        "Withdrawal window (days)",
        "Decides whether a defect claim is a failure at first use or a warranty claim.",
        minimum=1,
        maximum=365,
    ),
    Option(
        "send_back_carrier",
        str,
        "",
        "Send-back carrier",
        "The carrier of the parcels going back to customers, as item transfers name it.",
    ),
    Option(
        "approve_refunds_above",
        float,
        250.0,
        "Approve refunds above",
        "A refund larger than this waits for a lead (0: every refund).",
        minimum=0,
        maximum=1_000_000,
    ),
    Option(
        "approve_partial_refunds",
        bool,
        True,
        "Approve partial refunds",
        "Every partial refund waits for a lead.",
    ),
    Option("approve_refusals", bool, True, "Approve refusals", "Every refusal waits for a lead."),
    Option(
        "approve_overrides",
        bool,
        True,
        "Approve overrides",
        "A verdict that departs from the checklist's proposal waits for a lead.",
    ),
    Option(
        "settle_s",
        float,
        120.0,
        "Settle time (s)",
        "After an attempt of unknown outcome, wait this long before reading the folder back.",
        minimum=5,
        maximum=3600,
    ),
    Option(
        "send_interval_s",
        float,
        30.0,
        "Send every (s)",
        "Pause between passes of the outbound queue under `serve`.",
        minimum=1,
        maximum=3600,
    ),
    Option(
        "rate_scale",
        float,
        1.0,
        "Rate scale",
        "Divides every limit window; only a fake marketplace runs faster than 1.",
        minimum=1,
        maximum=10_000,
    ),
)

BY_KEY = {o.key: o for o in OPTIONS}
_LOCALE = re.compile(r"^[a-z]{2}-[a-z]{2}$")
_EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[^@\s;]+$")
_UA_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._]{0,60}$")
RULE_FIELDS = ("category", "title", "brand", "sku")


class MarketplaceConfigError(ValueError):
    """The configuration cannot work; the message names the key or the file."""


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """Listings whose `field` matches `pattern` (a case-insensitive regular expression) are
    of `category`. Fields: the marketplace's category name, the product title, the brand,
    the SKU."""

    field: str
    pattern: re.Pattern[str]
    category: ProductCategory

    @classmethod
    def parse(cls, raw: Mapping[str, Any], where: str) -> CategoryRule:
        unknown = set(raw) - {"field", "pattern", "category"}
        if unknown:
            raise MarketplaceConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        name = raw.get("field", "category")
        if name not in RULE_FIELDS:
            raise MarketplaceConfigError(f"{where}: field must be one of {', '.join(RULE_FIELDS)}")
        try:
            pattern = re.compile(str(raw["pattern"]), re.IGNORECASE)
            category = ProductCategory(raw["category"])
        except KeyError as exc:
            raise MarketplaceConfigError(f"{where}: missing {exc.args[0]!r}") from None
        except re.error as exc:
            raise MarketplaceConfigError(
                f"{where}: pattern is not a regular expression: {exc}"
            ) from None
        except ValueError:
            choices = ", ".join(c.value for c in ProductCategory)
            raise MarketplaceConfigError(
                f"{where}: category {raw['category']!r} is not one of {choices}"
            ) from None
        return cls(name, pattern, category)


@dataclass(frozen=True, slots=True)
class BackMarketConfig:
    """Validated settings (`values` keyed by option key), the category rules and the
    seller's own finding → problem type rules."""

    values: Mapping[str, Any]
    category_rules: tuple[CategoryRule, ...] = ()
    problem_types: Mapping[str, str] = field(default_factory=dict)
    source: str = "defaults"
    token: str = field(default="", repr=False)
    token_source: str = ""

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def base_url(self) -> str:
        """The configured base URL, else the platform's host for region and environment."""
        if self.values["base_url"]:
            return self.values["base_url"]
        prefix = "preprod" if self.values["environment"] == "preprod" else "www"
        return f"https://{prefix}.{HOSTS[self.values['region']]}"

    @property
    def user_agent(self) -> str:
        """`BM-{company}-{integration};{email}`, the form Back Market requires."""
        return (
            f"BM-{self.values['company']}-{self.values['integration']};"
            f"{self.values['contact_email']}"
        )

    def problems(self) -> list[str]:
        """What stops the connector from working, in plain sentences (empty when ready)."""
        out = []
        if not self.token:
            out.append(
                f"No API token: set {TOKEN_ENV} or token_file in {CONFIG_FILE} "
                "(the back office issues it)."
            )
        if not self.values["company"] or not self.values["contact_email"]:
            out.append(
                "company and contact_email are required: Back Market refuses requests "
                "without a User-Agent naming them."
            )
        return out


def _check(key: str, value: Any) -> Any:
    value = coerce(BY_KEY[key], value)
    if key == "base_url" and value:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingError(f"base_url must look like https://host[:port], not {value!r}")
        if parts.query or parts.fragment or parts.path.strip("/"):
            raise SettingError("base_url is a scheme, host and port only (no path, ? or #)")
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise SettingError(f"base_url has an invalid port: {value!r}") from None
        value = value.strip().rstrip("/")
    if key == "accept_language" and not _LOCALE.match(value):
        raise SettingError("accept_language must be a locale such as fr-fr")
    if key == "contact_email" and value and not _EMAIL.match(value):
        raise SettingError(f"contact_email is not an e-mail address: {value!r}")
    if key in ("company", "integration") and value and not _UA_PART.match(value):
        raise SettingError(f"{key} may hold letters, digits, spaces, '.' and '_' only")
    return value


def read_token(path: Path) -> str:
    """The token in `path` (surrounding whitespace removed); the message never shows it."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise MarketplaceConfigError(f"token_file {path}: cannot read it ({exc})") from None
    if not token or any(c.isspace() for c in token) or not token.isascii():
        raise MarketplaceConfigError(f"token_file {path}: it must hold the token alone")
    return token


def load(
    data_dir: Path,
    *,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> BackMarketConfig | None:
    """The connector's configuration for a server data directory, or None when the seller
    has not configured Back Market there (no `[backmarket]` section and no override)."""
    environ = os.environ if environ is None else environ
    path = Path(data_dir) / CONFIG_FILE
    section: dict[str, Any] = {}
    source = "defaults"
    if path.exists():
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise MarketplaceConfigError(f"{path}: {exc}") from None
        section = dict(document.get(SECTION, {}))
        source = str(path)
    if not section and not overrides:
        return None
    raw_rules = section.pop("category_rules", [])
    if not isinstance(raw_rules, list):
        raise MarketplaceConfigError(f"{path}: category_rules must be a list of tables")
    problem_types = _problem_types(section.pop("problem_types", {}), str(path))
    values = {o.key: o.default for o in OPTIONS}
    for key, value in [*section.items(), *(overrides or {}).items()]:
        if key not in BY_KEY:
            raise MarketplaceConfigError(f"{source}: [{SECTION}] has no setting {key!r}")
        try:
            values[key] = _check(key, value)
        except SettingError as exc:
            raise MarketplaceConfigError(f"{source}: {exc}") from None
    rules = tuple(
        CategoryRule.parse(raw, f"{source}: category_rules[{i}]") for i, raw in enumerate(raw_rules)
    )
    token, token_source = "", ""
    if environ.get(TOKEN_ENV, "").strip():
        token, token_source = environ[TOKEN_ENV].strip(), TOKEN_ENV
    elif values["token_file"]:
        token_path = Path(values["token_file"]).expanduser()
        if not token_path.is_absolute():
            token_path = Path(data_dir) / token_path
        token, token_source = read_token(token_path), str(token_path)
    return BackMarketConfig(values, rules, problem_types, source, token, token_source)


def _problem_types(raw: object, where: str) -> dict[str, str]:
    """`[backmarket.problem_types]`: finding (a rule id or a flag) = Back Market type."""
    if not isinstance(raw, dict):
        raise MarketplaceConfigError(f"{where}: problem_types must be a table")
    out = {}
    for finding, problem_type in raw.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", finding):
            raise MarketplaceConfigError(
                f"{where}: problem_types: {finding!r} is not a rule id or a flag"
            )
        if problem_type not in PROBLEM_TYPES:
            raise MarketplaceConfigError(
                f"{where}: problem_types.{finding} must be one of {', '.join(PROBLEM_TYPES)}"
            )
        out[finding] = problem_type
    return out
