"""The Lead view's server-only tabs (Expected, Audit log, Marketplace) on a real bench window
against a real server process: rows as the server serves them, CSV exports neutralised,
a lead's decision on a refund sent exactly once, the server's refusals in words, and what
the tabs say without the server."""

from __future__ import annotations

import pytest
import requests
from gui.conftest import french
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from inspector_app.server.db import Database
from inspector_app.server.marketplace.outbox import PLAN_APPROVED
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.trust_models import AuditEvent

from .server_lists import FORMULA_NAME, seed_coded_plan, seed_lists
from .test_lead_view import column, lead_window, read_csv

__all__ = ["french", "lead_window"]

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    # The bench of test_lead_view.lead_window runs without a camera: its stream says so.
    pytest.mark.expect_log("inspector_app.scanning", "^camera: Camera file no-camera-here"),
]


@pytest.fixture
def tabs(qtbot, lead_window):
    """The signed-in lead's window, its server seeded with the lists and loaded again."""
    view, _week, server, bench = lead_window
    tabs = view.server_tabs
    qtbot.waitUntil(lambda: all(t.found is not None for t in tabs), timeout=30000)  # first load
    lists = seed_lists(server)
    # The bench's own audit events (this lead's sign-in) reach the server in the background:
    # they are all there before the tabs load, so no list grows between screen and export.
    bench.station.wake_sync()
    qtbot.waitUntil(lambda: bench.station.events.unsent_count() == 0, timeout=60000)
    for tab in tabs:
        tab.found = None
    view.refresh()
    qtbot.waitUntil(lambda: all(t.found is not None for t in tabs), timeout=30000)
    return view, lists, server, bench


def _db(server) -> Database:
    return Database(server.config.db_url)


def _plan(server, plan_id: int) -> Plan:
    db = _db(server)
    try:
        with db.read() as session:
            found = session.get(Plan, plan_id)
            assert found is not None
            return found
    finally:
        db.close()


def _events(server, kind: str) -> list[AuditEvent]:
    db = _db(server)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == kind)))
    finally:
        db.close()


def _answer(qtbot, view) -> QMessageBox:
    qtbot.waitUntil(lambda: view.plans.dialog is not None, timeout=10000)
    return view.plans.dialog


def _decided(qtbot, view, press) -> None:
    """Press a dialog's button and wait until the decision is back and the list read again."""
    with (
        qtbot.waitSignal(view.plans.decided, timeout=30000),
        qtbot.waitSignal(view.plans.loaded, timeout=30000),
    ):
        press()


def test_expected_lists_parcels_by_group_and_exports_guarded_cells(qtbot, tabs, tmp_path):
    view, lists, _server, _bench = tabs
    model = view.expected.model
    rma = {f"RET-{n:05d}": f"RMA-{n:05d}" for n in range(1, 5)}
    groups = {"today": "Today", "in_transit": "In transit", "overdue": "Overdue"}
    groups["label_issued"] = "Not picked up yet"
    assert dict(zip(column(model, "RMA"), column(model, "Group"), strict=True)) == {
        rma[r]: groups[g] for r, g in lists.expected.items()
    }
    assert dict(zip(column(model, "RMA"), column(model, "Tracking"), strict=True)) == {
        rma[r]: t for r, t in lists.tracking.items()
    }
    sources = dict(zip(column(model, "RMA"), column(model, "Date from"), strict=True))
    assert sources[rma["RET-00001"]] == "Carrier delivery"
    assert sources[rma["RET-00002"]] == "Pickup + usual transit (estimate)"
    assert sources[rma["RET-00004"]] == "Not handed over yet"
    ages = dict(zip(column(model, "RMA"), column(model, "Age (days)"), strict=True))
    assert ages[rma["RET-00003"]] == "12"
    note = view.ui.expectedNote.text()
    assert "Today 1" in note and "Overdue 1" in note and "In transit 1" in note
    assert view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.expectedTab)) == "Expected (4)"

    with qtbot.waitSignal(view.expected.loaded, timeout=30000):
        view.ui.expectedGroup.setCurrentIndex(view.ui.expectedGroup.findData("overdue"))
    assert column(model, "RMA") == [rma["RET-00003"]]

    with qtbot.waitSignal(view.expected.loaded, timeout=30000):
        view.ui.expectedGroup.setCurrentIndex(view.ui.expectedGroup.findData("all"))
    path = tmp_path / "expected.csv"
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.expected.export_csv(str(path))
    rows = read_csv(path)
    assert len(rows) == 5 and rows[0] == model.table()[0]
    # the model a customer's listing gave RET-00004 would run in a spreadsheet: guarded
    models = dict(zip(column(model, "RMA"), column(model, "Model"), strict=True))
    assert models[rma["RET-00004"]].startswith("=")
    written = {row[0]: row[1] for row in rows[1:]}
    assert written[rma["RET-00004"]] == "'" + models[rma["RET-00004"]]


def test_audit_log_shows_who_when_where_and_exports_the_servers_guarded_csv(qtbot, tabs, tmp_path):
    view, _lists, _server, _bench = tabs
    model = view.audit.model
    kinds = column(model, "What")
    assert "Lead signed in" in kinds  # this lead's own sign-in at the bench
    assert "Lead sign-in refused" in kinds
    assert "Person added" in kinds
    signed_in = model.rows[kinds.index("Lead signed in")]
    assert (signed_in.actor, signed_in.place) == ("lead-0777", "bench-1")
    row = model.table()[1 + kinds.index("Lead signed in")]
    local = signed_in.at.astimezone()
    assert row[0].endswith(f"{local:%H:%M}")  # the bench's clock, not UTC
    assert [e.at for e in model.rows] == sorted((e.at for e in model.rows), reverse=True)

    path = tmp_path / "audit.csv"
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.audit.export_csv(str(path))
    rows = read_csv(path)
    assert rows[0][:3] == ["id", "at (UTC)", "kind"]
    assert len(rows) - 1 == len(model.rows)
    added = next(r for r in rows if r[2] == "person_added" and r[6] == "badge-0999")
    assert added[7] == "'" + FORMULA_NAME + ", inspector"
    # The detail travels by code too (its role a coded word), for a lead reading in French.
    person = next(e for e in model.rows if e.kind == "person_added" and e.subject == "badge-0999")
    assert person.detail_phrase is not None and person.detail_phrase.code == "person_added"
    assert person.detail_phrase.params["role"].code == "role_inspector"


def test_approving_a_refund_shows_its_amount_and_changes_the_plan_once(qtbot, tabs):
    view, lists, server, _bench = tabs
    plans = view.plans
    assert plans.select(lists.partial)
    assert view.ui.approveButton.isEnabled()
    assert [a.kind for a, _ in plans.actions.rows] == ["refund", "message"]
    view.ui.approveButton.click()
    box = _answer(qtbot, view)
    assert "€120.00" in box.text() and "€300.00" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter alone: no
    yes = box.button(QMessageBox.StandardButton.Yes)

    def twice() -> None:
        yes.click()
        yes.click()  # a double click on the confirmation
        view.ui.approveButton.click()  # and the Approve button again while it is on its way

    _decided(qtbot, view, twice)
    assert _plan(server, lists.partial).approval == "approved"
    approvals = [
        e for e in _events(server, PLAN_APPROVED) if e.detail.startswith(f"plan {lists.partial}:")
    ]
    assert len(approvals) == 1
    assert approvals[0].actor == "lead-0777"
    assert "did not take" not in view.ui.plansNote.text()
    # it no longer needs a decision: gone from the list a lead opens on
    assert lists.partial not in [p.id for p in plans.model.rows]


def test_a_plan_opens_its_inspection_with_answers_and_photos(qtbot, tabs, lead_window):
    """Before deciding on money the lead sees what the inspector saw: Enter on a plan opens
    its inspection in the review's dialog (here a real inspection of the seeded week, with
    its photo, given to the waiting plan)."""
    view, lists, server, _bench = tabs
    week = lead_window[1]
    db = _db(server)
    try:
        with db.write() as session:
            session.get(Plan, lists.partial).inspection_uuid = str(week.photo_inspection)
    finally:
        db.close()
    with qtbot.waitSignal(view.plans.loaded, timeout=30000):
        view.plans.reload()
    assert view.plans.select(lists.partial)
    table = view.ui.plansTable
    view.ui.tabs.setCurrentWidget(view.ui.plansTab)
    table.setFocus()
    with qtbot.waitSignal(view.detail_shown, timeout=30000) as shown:
        QTest.keyClick(table, Qt.Key.Key_Return)
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.ui.photos.count() == 1, timeout=30000)
    assert dialog.answers.table()[1:]
    dialog.close()


def test_a_plan_shows_its_returns_customer_messages_in_reading_order(qtbot, tabs):
    """The messages of the return's steps belong to no plan; they are shown with its plan,
    each with its state and why, in the order the customer reads them, and a held one is
    sent again on a lead's word whatever its plan awaits."""
    view, lists, server, _bench = tabs
    plans = view.plans
    assert plans.select(lists.refusal)
    table = plans.actions.table()
    assert [row[:2] for row in table[1:]] == [
        ["Message: parcel received", "Confirmed"],
        ["Message: the decision", "Waiting for approval"],
        ["Problem report", "Waiting for approval"],
        ["Message: sent back", "Planned"],
    ]
    assert table[4][3] == "Message to the customer: sent back"
    assert table[4][4].startswith("Waits for the customer's earlier message to go first")
    assert not view.ui.retryButton.isEnabled(), "the decision waits for the plan's approval"
    view.ui.actionsTable.selectRow(3)
    assert plans.action() is not None and plans.action().id == lists.sent_back
    assert view.ui.retryButton.isEnabled() and view.ui.cancelActionButton.isEnabled()
    view.ui.retryButton.click()
    box = _answer(qtbot, view)
    assert "sent back" in box.text()
    _decided(qtbot, view, box.button(QMessageBox.StandardButton.Yes).click)
    db = _db(server)
    try:
        with db.read() as session:
            assert session.get(Action, lists.sent_back).status == "ready"
    finally:
        db.close()


def test_the_servers_sentences_read_in_french_and_unknown_ones_in_english(qtbot, french, tabs):
    """The server sends each of its sentences by code beside the English: a French lead
    reads why a plan waits, what it could not do, and each action's what and why in French;
    a sentence of no code (an older row) keeps its English."""
    view, lists, server, _bench = tabs
    plans = view.plans
    coded = seed_coded_plan(server)
    with qtbot.waitSignal(plans.loaded, timeout=30000):
        plans.reload()
    assert plans.select(coded)
    table = plans.actions.table()
    assert [row[3:5] for row in table[1:]] == [
        [
            "Remboursement de 120.00 EUR",
            "En attente de l'approbation d'un chef d'équipe : remboursement de 120.00 EUR, "
            "au-delà de 100.00 EUR, remboursement partiel",
        ],
        [
            "Signalement de problème OTHER",
            "La marketplace l'a refusé (HTTP 400). Lisez son message, corrigez ce qu'il "
            "indique, puis renvoyez l'action, ou annulez-la et traitez le dossier dans "
            "l'espace vendeur.",
        ],
    ]
    detail = view.ui.planDetail.text().splitlines()
    assert detail[0].endswith(": Échec – Signalement de problème OTHER : La marketplace l'a "
        "refusé (HTTP 400). Lisez son message, corrigez ce qu'il indique, puis renvoyez "
        "l'action, ou annulez-la et traitez le dossier dans l'espace vendeur. Réponse de "
        "la marketplace : E042: bad type")  # fmt: skip
    assert detail[1:] == [
        "Un chef d'équipe doit décider car : remboursement de 120.00 EUR, au-delà de "
        "100.00 EUR; remboursement partiel",
        "Pas de transfert d'article : Back Market n'en accepte aucun sur les dossiers SAV à "
        "partir de 100 000 000 ; le message au client indique le numéro de suivi.",
    ]
    older = "The marketplace refused the refund."  # a row written before the codes
    db = _db(server)
    try:
        with db.write() as session:
            row = session.get(Action, lists.failed_action)
            row.reason, row.reason_phrase = older, None
    finally:
        db.close()
    with qtbot.waitSignal(plans.loaded, timeout=30000):
        plans.reload()
    assert plans.select(lists.failed)
    assert plans.actions.table()[1][4] == older


def test_another_amount_is_bounded_by_the_price_and_confirmed(qtbot, tabs):
    view, lists, server, _bench = tabs
    assert view.plans.select(lists.partial)
    view.ui.amountButton.click()
    dialog = _answer(qtbot, view)
    assert dialog.doubleMaximum() == pytest.approx(300.00)
    dialog.setDoubleValue(450.00)  # above the price: the dialog keeps it at the price
    assert dialog.doubleValue() == pytest.approx(300.00)
    dialog.setDoubleValue(150.50)
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(view.plans.dialog, QMessageBox), timeout=10000)
    box = view.plans.dialog
    assert "€150.50" in box.text()
    _decided(qtbot, view, box.button(QMessageBox.StandardButton.Yes).click)
    plan = _plan(server, lists.partial)
    assert (plan.approval, str(plan.amount)) == ("approved", "150.50")


def test_a_plan_decided_meanwhile_reads_as_a_plain_refusal(qtbot, tabs):
    view, lists, server, _bench = tabs
    assert view.plans.select(lists.pounds)
    view.ui.approveButton.click()
    box = _answer(qtbot, view)
    assert "£89.90" in box.text()
    # another lead approves it from elsewhere before this one confirms
    answer = requests.post(
        f"{server.url}/api/v1/lead/marketplace/plans/{lists.pounds}/approve",
        json={},
        headers={"Authorization": f"Bearer {server.tokens['lead']}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    with qtbot.waitSignal(view.plans.loaded, timeout=30000):
        box.button(QMessageBox.StandardButton.Yes).click()
    note = view.ui.plansNote.text()
    assert note.startswith("The server did not take the decision. Already changed: ")
    assert "not waiting for approval (it is approved)" in note
    assert view.ui.plansNote.property("tone") == "bad"
    assert (
        len([e for e in _events(server, PLAN_APPROVED) if f"plan {lists.pounds}:" in e.detail]) == 1
    )


def test_reject_with_a_reason_and_send_a_failed_refund_again(qtbot, tabs):
    view, lists, server, _bench = tabs
    plans = view.plans
    assert plans.select(lists.pounds)
    view.ui.rejectButton.click()
    dialog = _answer(qtbot, view)
    dialog.setTextValue("no")  # too short: nothing is sent
    dialog.accept()
    assert "at least 3 characters" in view.ui.plansNote.text()
    assert _plan(server, lists.pounds).approval == "waiting"
    view.ui.rejectButton.click()
    dialog = _answer(qtbot, view)
    dialog.setTextValue("Customer already refunded by phone")
    _decided(qtbot, view, dialog.accept)
    plan = _plan(server, lists.pounds)
    assert (plan.approval, plan.decision_note) == (
        "rejected",
        "Customer already refunded by phone",
    )

    assert plans.select(lists.failed)
    assert plans.action() is not None and plans.action().id == lists.failed_action
    assert "E008" in plans.actions.table()[1][5]
    assert view.ui.retryButton.isEnabled() and view.ui.cancelActionButton.isEnabled()
    assert not view.ui.approveButton.isEnabled()
    view.ui.retryButton.click()
    box = _answer(qtbot, view)
    assert "€120.00" in box.text()
    _decided(qtbot, view, box.button(QMessageBox.StandardButton.Yes).click)
    db = _db(server)
    try:
        with db.read() as session:
            assert session.get(Action, lists.failed_action).status == "ready"
    finally:
        db.close()


def test_ctrl_tab_reaches_every_tab_from_the_date_fields(qtbot, tabs):
    view, _lists, _server, _bench = tabs
    view.activateWindow()
    view.ui.dateFrom.setFocus()
    view.ui.tabs.setCurrentIndex(0)
    for step in range(1, view.ui.tabs.count()):
        QTest.keyClick(view.ui.dateFrom, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert view.ui.tabs.currentIndex() == step
    assert view.ui.tabs.currentWidget() is view.ui.plansTab


def test_without_the_server_the_tabs_say_they_need_it(qtbot, tabs):
    view, _lists, server, _bench = tabs
    server.kill()
    with qtbot.waitSignal(view.loaded, timeout=60000):
        view.ui.refreshButton.click()
    qtbot.waitUntil(lambda: "Needs the server" in view.ui.plansNote.text(), timeout=30000)
    for note in (view.ui.expectedNote, view.ui.auditNote, view.ui.plansNote):
        assert note.text().startswith("Needs the server: "), note.text()
    assert "marketplace's parcels" in view.ui.expectedNote.text()
    assert "audit log" in view.ui.auditNote.text()
    for model in (view.expected.model, view.audit.model, view.plans.model):
        assert model.rows == []
    for button in (
        view.ui.approveButton,
        view.ui.rejectButton,
        view.ui.retryButton,
        view.ui.expectedExport,
        view.ui.auditExport,
    ):
        assert not button.isEnabled()
