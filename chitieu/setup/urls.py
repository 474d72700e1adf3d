from django.urls import path

from chitieu.setup import round_views, views

app_name = "setup"
urlpatterns = [
    path("<int:pk>/", views.setup_page, name="page"),
    path("<int:pk>/groups/<int:group>/", views.setup_group, name="group"),
    path("<int:pk>/groups/<int:group>/leader/", views.assign_group, name="assign"),
    path("<int:pk>/template.xlsx", views.setup_template, name="template"),
    path("<int:pk>/import/", views.setup_import, name="import"),
    path("targets/<int:pk>/baseline/", views.override_baseline, name="baseline"),
    path("<int:pk>/continuity/", views.continuity, name="continuity"),
    path("new/", round_views.new_resolution, name="new"),
    path("periods/", round_views.rounds_page, name="rounds"),
    path("periods/open/", round_views.open_round, name="round_open"),
    path("periods/lock/", round_views.lock_period, name="period_lock"),
    path("periods/locks/<int:pk>/unlock/", round_views.unlock_period, name="period_unlock"),
    path("periods/exceptions/", round_views.grant_exception, name="exception_grant"),
    path("periods/exceptions/<int:pk>/withdraw/", round_views.withdraw_exception, name="exception_withdraw"),
    path("periods/approval-levels/", round_views.approval_levels, name="approval_levels"),
]
