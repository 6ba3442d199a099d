app_name = "barriers"
urlpatterns: list = []
