"""Meeting date, place and format read from transcripts and news-style accounts, whatever the line breaks."""

from __future__ import annotations

from motebok.extraction.parse import extract_record


def test_a_labelled_place_ends_where_the_transcript_runs_the_agenda_in() -> None:
    text = (
        "1 INNKALLING TIL MØTE I FELLESNEMNDA Dato: Onsdag 21. desember 2005 Tid: kl Sted: Frei rådhus - "
        "kommunestyresalen Sakliste Merknader til innkalling og sakliste 27/05 Godkjenning av protokoll\n"
    )
    meeting = extract_record(text).meeting
    assert meeting.place == "Frei rådhus - kommunestyresalen"
    assert meeting.date.isoformat() == "2005-12-21"


def test_a_labelled_place_ends_at_the_next_label() -> None:
    text = "MØTEBOK Fylkestinget Dato: 15. oktober 2013 Stad: Hotel Grand Terminus, Bergen Saknr.: 41/13-61/13 MØTELEIAR\n"
    assert extract_record(text).meeting.place == "Hotel Grand Terminus, Bergen"


def test_a_meeting_over_two_days_is_dated_by_its_first() -> None:
    text = "Protokoll fra møte nr. 4/12, tirsdag 2. og onsdag 3. oktober 2012.\nMøtet ble holdt på Rica Hotell Vadsø.\n"
    assert extract_record(text).meeting.date.isoformat() == "2012-10-02"


def test_a_month_written_twice_by_the_transcript_still_dates_the_meeting() -> None:
    text = "1 MØTEBOK Fylkesutvalet Dato: 26. september september 2012 Kl.: Stad: Fylkeshuset\n"
    assert extract_record(text).meeting.date.isoformat() == "2012-09-26"


def test_a_date_label_without_its_year_takes_the_year_written_with_the_same_day() -> None:
    text = "Møte AU 7. april 2017\n\nskype og telefonmøte\ntid: 7. april 207 kl. 07.45-08.30\n\nsakliste:\n"
    assert extract_record(text).meeting.date.isoformat() == "2017-04-07"


def test_a_meeting_told_as_news_gives_its_place() -> None:
    text = "Vest-Telemarkrådet hadde møte i Fyresdal næringshage 12. november. Det var mange saker på dagsorden.\n"
    record = extract_record(text)
    assert (record.doc_type, record.body) == ("summary", "Vest-Telemarkrådet")
    assert (record.meeting.place, record.meeting.format) == ("Fyresdal næringshage", "physical")


def test_a_meeting_held_digitally_is_digital() -> None:
    text = "Styremøte juni 2022\nStyremøtet behandlet blant annet budsjettet.\nJuni-møtet ble gjennomført digitalt.\n"
    record = extract_record(text)
    assert (record.doc_type, record.meeting.format) == ("summary", "digital")


def test_a_page_run_into_one_line_gives_no_place_from_its_prose() -> None:
    text = (
        "Styremøte 20.mai 2022 Sakene på vårens styremøte hadde stor innholdsmessig variasjon, blant annet "
        "tillitsreformen, utviklingen i kommunesektorens bærekraft, samt ulike juridiske problemstillinger. "
        "På landsmøtet 30.august 2022 vil det bli gitt en orientering om saken."
    )
    meeting = extract_record(text).meeting
    assert (meeting.place, meeting.format) == (None, None)


def test_the_start_is_read_from_a_sentence_telling_when_the_members_met() -> None:
    text = "Protokoll fra møte nr. 3/2016\n\nRegionrådets medlemmer møttes kl. 12:00 i Scandic Vadsøs møtelokaler.\n"
    assert extract_record(text).meeting.start.isoformat() == "12:00:00"


def test_a_leaving_time_after_the_next_label_is_no_start() -> None:
    text = "REFERAT Styre/organ: Lindesnesrådet Dato: Fredag Tidsrom: :15. Innkalles: Tore Askildsen (til kl. 11:15)\n"
    assert extract_record(text).meeting.start is None
