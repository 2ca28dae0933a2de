print("qunfang")
