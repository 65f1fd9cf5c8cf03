"""The bedside: the tap area, the hold-to-time Space key, the state and twins rows, banners and questions."""
