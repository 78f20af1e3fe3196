from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from motebok.meetings import services
from motebok.meetings.models import Case
from motebok.registry.models import Body
from tests.conftest import at


def _meeting(body, year, month, day):
    return services.create_meeting(body, start=at(year, month, day), place="Rådhuset")


def test_it_numbers_cases_sequentially_per_body_and_year(world):
    first = _meeting(world.network, 2022, 3, 14)
    cases = [Case.objects.create(body=world.network, title=f"Sak {i}") for i in range(3)]
    for case in cases:
        services.place_case(case, first)
    assert [c.sequence for c in Case.objects.filter(body=world.network).order_by("sequence")] == [1, 2, 3]
    assert {c.year for c in Case.objects.filter(body=world.network)} == {2022}


def test_it_starts_again_at_one_in_a_new_year_and_for_another_body(world):
    services.place_case(
        Case.objects.create(body=world.network, title="A"), _meeting(world.network, 2022, 12, 1)
    )
    new_year = services.place_case(
        Case.objects.create(body=world.network, title="B"), _meeting(world.network, 2023, 1, 10)
    )
    other_body = services.place_case(
        Case.objects.create(body=world.steering_group, title="C"), _meeting(world.steering_group, 2022, 12, 2)
    )
    assert (new_year.case.year, new_year.case.sequence) == (2023, 1)
    assert (other_body.case.year, other_body.case.sequence) == (2022, 1)


def test_a_carried_over_case_keeps_its_number(world):
    march = _meeting(world.network, 2022, 3, 14)
    april = _meeting(world.network, 2022, 4, 11)
    case = Case.objects.create(body=world.network, title="Samarbeidsavtalen")
    services.place_case(case, march)
    services.place_case(Case.objects.create(body=world.network, title="Annet"), march)
    services.place_case(case, april)
    case.refresh_from_db()
    assert case.sequence == 1
    assert list(case.placements.values_list("meeting", flat=True).order_by("meeting__start")) == [
        march.pk,
        april.pk,
    ]
    assert services.place_case(Case.objects.create(body=world.network, title="Ny"), april).case.sequence == 3


def test_the_number_is_shown_in_the_bodys_format(world):
    world.network.case_number_format = Body.CaseNumberFormat.DASH
    world.network.save()
    item = services.place_case(
        Case.objects.create(body=world.network, title="X"), _meeting(world.network, 2022, 3, 14)
    )
    assert item.case.number == "1-22"
    assert item.case.label == "Sak 1-22"
    world.network.case_number_format = Body.CaseNumberFormat.PS
    world.network.save()
    item.case.refresh_from_db()
    assert item.case.label == "PS 1/22"


def test_the_database_refuses_two_cases_with_the_same_number(world):
    Case.objects.create(body=world.network, title="A", year=2022, sequence=14)
    with pytest.raises(IntegrityError), transaction.atomic():
        Case.objects.create(body=world.network, title="B", year=2022, sequence=14)


def test_reordering_the_agenda_keeps_numbers(world):
    meeting = _meeting(world.network, 2022, 3, 14)
    items = [services.place_case(Case.objects.create(body=world.network, title=t), meeting) for t in "ABC"]
    services.reorder_agenda(meeting, [items[2].case_id, items[0].case_id, items[1].case_id])
    ordered = list(meeting.agenda.order_by("order").values_list("case__title", "case__sequence"))
    assert ordered == [("C", 3), ("A", 1), ("B", 2)]


def test_a_case_cannot_go_on_another_bodys_meeting(world):
    case = Case.objects.create(body=world.network, title="A")
    with pytest.raises(ValueError):
        services.place_case(case, _meeting(world.steering_group, 2022, 3, 14))
    case.refresh_from_db()
    assert case.sequence is None


def _at_once(*calls) -> list:
    """Run the calls in threads of their own, each with its own database connection, released together."""
    import threading

    from django.db import connection

    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # the test looks at what each thread met
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_case_placed_twice_at_once_is_placed_once_with_one_number():
    body = Body.objects.create(name="Nettverket", slug="nettverket")
    # Two coming meetings of one year, so that either placement would give the case number 2 of that year.
    first = services.create_meeting(body, start=at(2031, 3, 4))
    second = services.create_meeting(body, start=at(2031, 4, 1))
    case = Case.objects.create(body=body, title="Felles legevakt")
    # A double click: the same case on the same agenda twice.
    results = _at_once(
        lambda: services.place_case(Case.objects.get(pk=case.pk), first),
        lambda: services.place_case(Case.objects.get(pk=case.pk), first),
    )
    assert not [r for r in results if isinstance(r, Exception)]
    case.refresh_from_db()
    assert (case.sequence, first.agenda.count()) == (1, 1)
    # Two secretaries: a new case on two coming agendas at once; one wins, the other is told.
    other = Case.objects.create(body=body, title="Kompetanseløft")
    results = _at_once(
        lambda: services.place_case(Case.objects.get(pk=other.pk), first),
        lambda: services.place_case(Case.objects.get(pk=other.pk), second),
    )
    assert sorted(type(r).__name__ for r in results) == ["AgendaItem", "PlacementError"]
    other.refresh_from_db()
    assert other.sequence == 2 and other.placements.count() == 1
