"""What a person types becomes words and phrases; search syntax in it is only ever a word."""

from __future__ import annotations

from motebok.search.query import MAX_PHRASES, Query, fts5_expression, parse, tsquery_expression


def test_it_reads_words_and_quoted_phrases():
    assert parse('Bærekraft "felles Prosjekt" sak 5-22') == Query(
        (("felles", "prosjekt"), ("bærekraft",), ("sak",), ("5",), ("22",))
    )


def test_operators_and_brackets_become_plain_words_or_nothing():
    query = parse('AND ( * " NEAR(x) title:y')
    assert query.words == ["and", "near", "title"]
    assert fts5_expression(query) == '"and"* AND "near"* AND "title"*'
    assert tsquery_expression(query) == "('and':*) & ('near':*) & ('title':*)"


def test_an_unclosed_quote_is_ignored():
    assert parse('"bærekraft').words == ["bærekraft"]


def test_nothing_searchable_is_an_empty_query():
    assert not parse("!!! * ( ) x")
    assert fts5_expression(parse("")) == ""


def test_very_long_input_is_cut_down():
    query = parse(" ".join(f"ord{n}" for n in range(500)) + " " + "å" * 1000)
    assert len(query.phrases) == MAX_PHRASES


def test_decomposed_letters_are_composed():
    assert parse("a\u030asnes").words == ["åsnes"]
