"""The representation a gathering asks of each municipality, against who registered and who came."""

from __future__ import annotations

import pytest

from tests.conftest import at, make_person

pytestmark = pytest.mark.django_db


def test_representation_counts_each_party_against_what_the_gathering_requires(saman, world):
    from motebok.invitations.models import Answer
    from motebok.programmes import services
    from motebok.programmes.models import Gathering, Party

    admin = make_person("Anne Administrasjon", "anne")
    union = make_person("Tor Tillitsvalgt", "tor")
    services.add_contact(saman.project, admin, Party.ADMINISTRATION)
    services.add_contact(saman.project, union, Party.UNION)
    gathering = services.create_gathering(
        saman.programme,
        saman.network.body,
        kind=Gathering.Kind.NETWORK,
        start=at(2012, 2, 9, 10),
        end=at(2012, 2, 10, 14),
        title="Første nettverkssamling",
        place="Utsikten hotell, Kvinesdal",
        political=1,
        administration=1,
        union=1,
    )
    assert gathering.meeting.body == saman.network.body and gathering.meeting.kind == "gathering"
    Answer.objects.create(meeting=gathering.meeting, person=world.chair, response=Answer.Response.ATTENDING)
    Answer.objects.create(meeting=gathering.meeting, person=union, response=Answer.Response.ATTENDING)

    # Kari (politician) and Anne (administration) came; Tor (union) registered but did not come.
    services.record_attendance(gathering, {world.chair.pk, admin.pk})

    rows = {row.participant.organisation.name: row for row in services.representation(gathering)}
    assert sorted(rows) == ["Steinkjer", "Vefsn"]
    steinkjer = {
        count.party: (count.required, count.registered, count.present) for count in rows["Steinkjer"].parties
    }
    assert steinkjer == {Party.POLITICAL: (1, 1, 1), Party.ADMINISTRATION: (1, 0, 1), Party.UNION: (1, 1, 0)}
    assert not rows["Steinkjer"].met
    # Vefsn, with no project and no people, met nothing.
    assert not rows["Vefsn"].met and all(count.present == 0 for count in rows["Vefsn"].parties)
    # Attendance is the meeting's own, on behalf of the municipality.
    attendance = gathering.meeting.attendance.get(person=union)
    assert attendance.status == "absent" and attendance.organisation.name == "Steinkjer"

    services.record_attendance(gathering, {world.chair.pk, admin.pk, union.pk})
    assert {row.participant.organisation.name: row.met for row in services.representation(gathering)} == {
        "Steinkjer": True,
        "Vefsn": False,
    }


def test_a_requirement_of_none_for_a_party_is_met_without_anyone(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering

    gathering = services.create_gathering(
        saman.programme, saman.network.body, kind=Gathering.Kind.NETWORK, start=at(2013, 3, 18),
        political=1, administration=0, union=0,
    )  # fmt: skip
    services.record_attendance(gathering, {world.chair.pk})
    rows = {row.participant.organisation.name: row for row in services.representation(gathering)}
    assert rows["Steinkjer"].met and [c.party for c in rows["Steinkjer"].parties] == ["political"]


def test_a_gathering_outside_the_programme_or_its_period_is_refused(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering

    with pytest.raises(services.ProgrammeError, match="Start: datoen er utenfor programperioden"):
        services.create_gathering(
            saman.programme, saman.network.body, kind=Gathering.Kind.NETWORK, start=at(2016, 3, 1)
        )
    with pytest.raises(services.ProgrammeError, match="Organ: samlingen må høre til programmet"):
        services.create_gathering(
            saman.programme, world.steering_group, kind=Gathering.Kind.NETWORK, start=at(2013, 3, 1)
        )
    assert not Gathering.objects.exists()


def test_two_required_from_a_party_are_not_met_by_one_nor_by_people_of_another_party(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering, Party

    admin = make_person("Anne Administrasjon", "anne")
    services.add_contact(saman.project, admin, Party.ADMINISTRATION)
    gathering = services.create_gathering(
        saman.programme, saman.network.body, kind=Gathering.Kind.NETWORK, start=at(2013, 3, 18),
        political=2, administration=0, union=0,
    )  # fmt: skip
    # Kari (politician) and Anne (administration) came: one politician of two.
    services.record_attendance(gathering, {world.chair.pk, admin.pk})
    (steinkjer,) = [r for r in services.representation(gathering) if r.participant == saman.steinkjer]
    assert [(c.party, c.required, c.present) for c in steinkjer.parties] == [("political", 2, 1)]
    assert not steinkjer.met

    second = make_person("Per Politiker", "per")
    services.add_contact(saman.project, second, Party.POLITICAL)
    services.record_attendance(gathering, {world.chair.pk, second.pk})
    (steinkjer,) = [r for r in services.representation(gathering) if r.participant == saman.steinkjer]
    assert steinkjer.met
