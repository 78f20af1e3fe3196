"""Words are found by their beginning (and on PostgreSQL by their Norwegian stem); æ, ø and å stay letters."""

from __future__ import annotations

from tests.search.conftest import found


def test_it_finds_a_longer_word_from_its_beginning(archive):
    assert found(None, "bærekraft") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(None, "BÆREKR") == ["Bærekraftig samarbeid etter plansamarbeidet"]


def test_it_finds_words_in_notes_conclusions_and_background(archive):
    for word in ("fellesprosjekt", "arbeidsgruppa", "avsluttes"):
        assert found(None, word) == ["Bærekraftig samarbeid etter plansamarbeidet"], word


def test_it_keeps_norwegian_letters_apart_from_their_lookalikes(archive):
    assert found(None, "åsnes") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(None, "asnes") == []


def test_it_requires_every_word(archive):
    assert found(None, "bærekraftig åsnes") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(None, "bærekraftig budsjett") == []


def test_it_finds_a_quoted_phrase_only_in_that_order(archive):
    assert found(None, '"arbeidsgruppa følger"') == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(None, '"følger arbeidsgruppa"') == []


def test_it_finds_meetings_by_place_and_documents_by_their_text(archive):
    assert found(None, "økopark") == [""]  # the meeting has no title of its own
    assert found(None, "bredbånd") == ["Referat fra møtet i mars"]
