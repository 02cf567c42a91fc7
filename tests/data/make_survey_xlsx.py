# Regenerates tests/data/survey.xlsx, the fixture of tests/data_import.rs (pip install openpyxl).
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Kuesioner"
ws.append(["id", "nama", "p1", "p2", "p3"])
for r in [(1, "GPR", 1, 1, 1), (2, "J", 2, 1, 3), (3, "MA", 2, None, 2), (4, "R", 1, 1, 1), (5, "NA", "NA", 1, 2)]:
    ws.append(list(r))
ws2 = wb.create_sheet("Usia")
ws2.append(["nama", "umur"])
ws2.append(["GPR", 41])
ws2.append(["J", 29.5])
ws2.append(["MA", "tua"])
wb.save("tests/data/survey.xlsx")
