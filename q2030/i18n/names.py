"""How French puts a name in a sentence: with its article and the contractions of à and
de (« à la CAF », « au Secrétariat général », « de l'ARS »). English says the name alone."""

from __future__ import annotations

# How French names what it has no article for, by what it is: « à l'opérateur CAF »,
# « pour le territoire Nord »
_KIND_WORDS = {"operator": ("l'", "opérateur"), "territory": ("le", "territoire")}
_CONTRACTED = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"


def _with_article(article: str, name: str) -> str:
    return f"{article}{name}" if article.endswith("'") or not article else f"{article} {name}"


class Named:
    """A name as French puts it in a sentence, with its article and the contractions of à
    and de: the catalogue's French writes {operator:à} (« à la CAF », « au Secrétariat
    général »), {operator:de} (« de l'ARS », « de France Travail ») or {operator:le} (« la
    CAF »); a bare {operator} is the name alone (English, labels). Without a known
    article (None; "" is "none"), French names it by what it is: « à l'opérateur CAF »."""

    __slots__ = ("article", "kind", "name")

    def __init__(self, name: str, article: str | None, kind: str = "operator") -> None:
        self.name, self.article, self.kind = name, article, kind

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Named({self.name!r}, {self.article!r}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and (self.name, self.article, self.kind) == (
            other.name,
            other.article,
            other.kind,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.article, self.kind))

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.name
        if spec not in ("à", "de", "le"):
            raise ValueError(f"unknown form '{spec}' of a name: à, de or le")
        article, name = self.article, self.name
        if article is None:
            article, noun = _KIND_WORDS[self.kind]
            name = f"{noun} {name}"
        if spec == "le":
            return _with_article(article, name)
        if contracted := _CONTRACTED.get((spec, article)):
            return f"{contracted} {name}"
        if spec == "de" and not article and name[:1].lower() in _VOWELS:
            return f"d'{name}"  # « d'Action Logement »
        return f"{spec} {_with_article(article, name)}"


class Names:
    """Several names in one sentence: "CAF, ARS"; in French, with their articles, « de la
    CAF et de l'ARS » ({operators:de})."""

    __slots__ = ("names",)

    def __init__(self, names: list[Named]) -> None:
        self.names = names

    def __str__(self) -> str:
        return ", ".join(named.name for named in self.names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Names) and self.names == other.names

    def __hash__(self) -> int:
        return hash(tuple(self.names))

    def __format__(self, spec: str) -> str:
        if not spec or len(self.names) < 2:
            return ", ".join(format(named, spec) for named in self.names)
        said = [format(named, spec) for named in self.names]
        return ", ".join(said[:-1]) + " et " + said[-1]
