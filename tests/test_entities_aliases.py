"""The alias file: pinned merges and splits, and clear errors for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.articles import read_text_file
from graph.cli import main
from graph.entities import AliasError, load_aliases, resolve
from graph.entities.aliases import parse_aliases
from graph.extract.base import Argument, Mention
from graph.namespaces import NG, NGR

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_005cffccad9dd1f5.txt"
SEED_001 = ROOT / "seeds" / "001_125af6e3d0378b0b.txt"

ALIASES = """
# Warsaw stands for Poland's government in the seed article
[[entity]]
names = ["Warsaw", "Polish government"]
type = "organisation"
id = "pl-government"
label = "Government of Poland"
country = "pl"

# the bare surname stays apart from the full name
[[split]]
names = ["Naryshkin"]
"""


def at(text: str, name: str, label: str, nth: int = 0) -> Argument:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Argument(name, start, start + len(name), label)


def test_pinned_merge_and_split(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    aliases = load_aliases(path)
    a, b = read_text_file(SEED_000), read_text_file(SEED_001)
    full, bare = at(a.text, "Sergei Naryshkin", "PERSON"), at(a.text, "Naryshkin", "PERSON", 2)
    warsaw, ministry = at(b.text, "Warsaw", "GPE"), at(b.text, "Belarus’s Foreign Ministry", "ORG")
    batch = [(a, [Mention("met", full, bare, "", 0, 0, None, 1.0, "t")]),
             (b, [Mention("accused", ministry, warsaw, "", 0, 0, None, 1.0, "t")])]
    res = resolve(batch, aliases=aliases)
    government = res.entities[res.iri(warsaw, article=b)]
    assert government.iri == NGR["organisation/pl-government"]
    assert government.type == NG.Organisation and government.name == "Government of Poland"
    assert government.country == NGR["country/pl"]
    assert any("pinned in the alias file" in r for r in government.merge_reasons)
    assert res.iri(bare, article=a) != res.iri(full, article=a)
    kept = res.entities[res.iri(bare, article=a)]
    assert kept.iri == NGR["person/split/naryshkin"] and kept.type == NG.Person
    # without the alias file, the same batch merges the surname and links Warsaw to GeoNames
    plain = resolve(batch)
    assert plain.iri(bare, article=a) == plain.iri(full, article=a)
    assert plain.iri(warsaw, article=b) == NGR["place/756135"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entities": []}, "unknown table(s) ['entities']; available: entity, split"),
        ({"entity": [{"names": ["A"], "kind": "x"}]}, "unknown key(s) ['kind']; available:"),
        ({"entity": [{"names": ["A"], "type": "planet"}]}, "unknown type 'planet'; available: person,"),
        ({"entity": [{"names": []}]}, "'names' must be a non-empty list"),
        ({"entity": [{"names": ["SVR"]}], "split": [{"names": ["the svr"]}]}, "already listed in"),
        ({"entity": [{"names": ["A"], "country": "Russia"}]}, "ISO 3166 alpha-2"),
        ({"entity": [{"names": ["A"], "geonames": "625144"}]}, "positive GeoNames id"),
        ({"entity": [{"names": ["A"], "id": "Not A Slug"}]}, "'id' a slug"),
        ({"split": {"names": ["A"]}}, "array of tables"),
        ({"entity": [{"names": ["A"], "country": "QQ"}]}, "unknown ISO 3166 country code 'QQ'"),
    ],
)
def test_bad_alias_data_is_named(data: dict[str, object], message: str) -> None:
    with pytest.raises(AliasError, match=None) as info:
        parse_aliases(data, origin="a.toml")
    assert message in str(info.value) and str(info.value).startswith("a.toml")


def test_bad_alias_files(tmp_path: Path) -> None:
    with pytest.raises(AliasError, match="no such alias file"):
        load_aliases(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[entity]\nnames = [", encoding="utf-8")
    with pytest.raises(AliasError, match="not valid TOML"):
        load_aliases(broken)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(AliasError, match="cannot read"):
        load_aliases(binary)


def test_build_reads_the_alias_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(SEED_001), "--out", str(out), "--aliases", str(path)]) == 0
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "organisation/pl-government" in turtle and "Government of Poland" in turtle
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entity]]\nnames = ["A"]\ntype = "planet"\n', encoding="utf-8")
    assert main(["build", str(SEED_001), "--out", str(out), "--aliases", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("newsgraph: error: ") and "unknown type 'planet'" in err[-1]


def test_pinned_places_and_countries_get_the_data_iris() -> None:
    """Pinning 'Mińsk' to GeoNames 625144 gives the IRI Minsk gets from the data anyway."""
    aliases = parse_aliases({"entity": [
        {"names": ["Mińsk", "Belarusian capital"], "type": "city", "geonames": 625144, "country": "BY"},
        {"names": ["Holland"], "type": "country", "country": "NL"},
    ]})
    b = read_text_file(SEED_001)
    capital = Argument("Belarusian capital", 0, 0, "")
    holland = Argument("Holland", 0, 0, "GPE")
    res = resolve([(b, [Mention("visited", capital, holland, "", 0, 0, None, 1.0, "t")])], aliases=aliases)
    assert res.iri(capital, article=b) == NGR["place/625144"]
    assert res.iri(holland, article=b) == NGR["country/nl"]


def test_the_readme_example_is_a_valid_alias_file(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Entity resolution"):]
    example = section[section.index("```toml") + len("```toml"):]
    path = tmp_path / "aliases.toml"
    path.write_text(example[: example.index("```")], encoding="utf-8")
    aliases = load_aliases(path)
    assert aliases.entity_for("Polish government").path == "organisation/pl-government"  # type: ignore[union-attr]
    assert aliases.entity_for("Menesk").path == "place/625144"  # type: ignore[union-attr]
    assert aliases.is_split("Naryshkin")
