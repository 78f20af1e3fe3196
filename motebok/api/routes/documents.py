"""Documents: their metadata, and the file for those who may open it."""

from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from motebok.access import policies
from motebok.api.auth import viewer
from motebok.api.routes.common import REFUSALS, Id, ListFilters, Page, narrowed
from motebok.api.schemas import DocumentOut
from motebok.documents.models import Document

router = Router(tags=["Dokumenter"])


def _documents(request):
    return policies.documents.visible(
        viewer(request).user, Document.objects.select_related("case", "body", "meeting__body")
    )


@router.get(
    "/documents",
    response={200: list[DocumentOut], **REFUSALS},
    summary="Dokumenter",
    description="Datofilteret gjelder når dokumentet ble lagt inn; organfilteret dokumentets eget organ eller møtets.",
)
@paginate(Page)
def list_documents(request, filters: Query[ListFilters], meeting: Id | None = None, case: Id | None = None):
    found = narrowed(_documents(request), filters.model_copy(update={"body": None}), "created__date")
    if filters.body is not None:
        found = found.filter(Q(body=filters.body) | Q(body__isnull=True, meeting__body=filters.body))
    if meeting is not None:
        found = found.filter(meeting=meeting)
    return found if case is None else found.filter(case=case)


@router.get("/documents/{int:id}", response={200: DocumentOut, **REFUSALS}, summary="Ett dokument")
def get_document(request, id: Id):
    return get_object_or_404(_documents(request), pk=id)


@router.get(
    "/documents/{int:id}/file",
    response={200: None, **REFUSALS},
    url_name="document_file",
    summary="Last ned dokumentet",
    openapi_extra={
        "responses": {
            200: {
                "description": "Filen",
                "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def download_document(request, id: Id):
    document = get_object_or_404(_documents(request), pk=id)
    if not document.file:
        raise Http404
    name = document.original_name or document.file.name.rsplit("/", 1)[-1]
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=name)
