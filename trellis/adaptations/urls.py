app_name = "adaptations"
urlpatterns: list = []
