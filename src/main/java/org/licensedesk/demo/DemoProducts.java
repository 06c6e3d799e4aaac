package org.licensedesk.demo;

import java.util.List;
import org.licensedesk.domain.ItemForm;

/**
 * The goods the demo applications ask to export, one line per product. Prices follow the domain
 * README where it gives them (Dy2O3 250-1,000, Tb4O7 930-4,000, Y2O3 up to 126, NdFeB about 49 US$/kg)
 * and are plausible guesses elsewhere; lots follow its magnitudes (oxides and metals 50 kg to 3 t,
 * magnets 0.5 to 20 t). HS codes are only those the README lists; the rest are unpublished (null).
 */
final class DemoProducts {

    /**
     * One product line.
     *
     * @param grades  purity or grade appended to the description, one picked per item; empty for none
     * @param hsCodes reference customs codes, one picked per item; empty when none is published
     * @param weight  how often it is exported, relative to the others
     */
    record Product(String element, ItemForm form, String description, List<String> grades, List<String> hsCodes,
                   int minKg, int maxKg, int minUsdPerKg, int maxUsdPerKg, DemoSector sector, int weight) {
    }

    private static final List<String> NONE = List.of();
    private static final List<String> TARGET_HS = List.of("3824999922", "8486909110");
    private static final List<String> METAL_HS = List.of("2805301910");
    private static final List<String> SM_COMPOUND_HS = List.of(
            "2846902810", "2846902910", "2846903910", "2846904820", "2846904910", "2846909920");
    private static final List<String> OXIDE_GRADES = List.of("99.5%", "99.9%", "99.99%");
    private static final List<String> HIGH_PURITY = List.of("99.99%", "99.999%");
    private static final List<String> METAL_GRADES = List.of("99.5%", "99.9%");

    static final List<Product> ALL = List.of(
            // Dysprosium
            p("Dy", ItemForm.OXIDE, "Dysprosium oxide Dy2O3", OXIDE_GRADES, NONE, 50, 3000, 250, 1000,
                    DemoSector.NDFEB, 28),
            p("Dy", ItemForm.METAL, "Dysprosium metal", METAL_GRADES, NONE, 50, 2000, 330, 1300,
                    DemoSector.NDFEB, 10),
            p("Dy", ItemForm.ALLOY, "Dysprosium-iron alloy DyFe (Dy 80%)", NONE, NONE, 100, 3000, 260, 1050,
                    DemoSector.NDFEB, 8),
            p("Dy", ItemForm.MAGNET_MATERIAL, "Sintered NdFeB magnet blocks containing dysprosium,",
                    List.of("grade 42SH", "grade 45UH", "grade 38EH", "grade 48H"), NONE, 500, 20000, 40, 95,
                    DemoSector.NDFEB, 18),
            p("Dy", ItemForm.COMPOUND, "Dysprosium fluoride DyF3", List.of("99.9%"), NONE, 50, 1500, 280, 1100,
                    DemoSector.NDFEB, 6),
            p("Dy", ItemForm.TARGET, "Dysprosium sputtering target, planar", List.of("99.9%"), NONE, 5, 200,
                    1200, 3500, DemoSector.THIN_FILM, 2),
            // Terbium
            p("Tb", ItemForm.OXIDE, "Terbium oxide Tb4O7", List.of("99.9%", "99.99%"), NONE, 50, 1500, 930, 4000,
                    DemoSector.NDFEB, 16),
            p("Tb", ItemForm.METAL, "Terbium metal", List.of("99.9%"), NONE, 50, 1000, 1200, 5000,
                    DemoSector.NDFEB, 6),
            p("Tb", ItemForm.ALLOY, "Terbium-iron alloy TbFe", NONE, NONE, 50, 1000, 1000, 4000,
                    DemoSector.NDFEB, 4),
            p("Tb", ItemForm.ALLOY, "Terbium-dysprosium-iron alloy (Terfenol-D) rods", NONE, NONE, 50, 800, 1500,
                    4500, DemoSector.MAGNETOSTRICTIVE, 3),
            p("Tb", ItemForm.MAGNET_MATERIAL, "Grain-boundary-diffused NdFeB magnets containing terbium,",
                    List.of("grade 52SH", "grade 48UH", "grade 42EH"), NONE, 500, 20000, 55, 110,
                    DemoSector.NDFEB, 12),
            p("Tb", ItemForm.COMPOUND, "Terbium fluoride TbF3", List.of("99.9%"), NONE, 50, 800, 1000, 4200,
                    DemoSector.NDFEB, 4),
            p("Tb", ItemForm.COMPOUND, "Terbium nitrate Tb(NO3)3·6H2O", List.of("99.99%"), NONE, 50, 500, 600,
                    2400, DemoSector.PHOSPHOR, 2),
            p("Tb", ItemForm.TARGET, "Terbium sputtering target", List.of("99.9%"), NONE, 5, 100, 3000, 8000,
                    DemoSector.THIN_FILM, 2),
            // Samarium
            p("Sm", ItemForm.METAL, "Samarium metal", List.of("99.9%"), METAL_HS, 50, 3000, 15, 60,
                    DemoSector.SMCO, 6),
            p("Sm", ItemForm.ALLOY, "Samarium-cobalt alloy ingot", List.of("SmCo5", "Sm2Co17"), NONE, 100, 3000,
                    45, 150, DemoSector.SMCO, 6),
            p("Sm", ItemForm.MAGNET_MATERIAL, "Sintered samarium-cobalt magnets Sm2Co17,",
                    List.of("grade 24H", "grade 28H", "grade 30H"), NONE, 500, 8000, 70, 180, DemoSector.SMCO, 6),
            p("Sm", ItemForm.OXIDE, "Samarium oxide Sm2O3", List.of("99.9%", "99.99%"), List.of("2846901940"),
                    100, 3000, 3, 20, DemoSector.SMCO, 4),
            p("Sm", ItemForm.OXIDE, "Samarium-europium-gadolinium oxide mixture (SEG concentrate)", NONE,
                    List.of("2846901993"), 500, 3000, 8, 40, DemoSector.SEPARATION, 2),
            p("Sm", ItemForm.COMPOUND, "Samarium chloride SmCl3·6H2O", List.of("99.9%"), SM_COMPOUND_HS, 50, 500,
                    20, 80, DemoSector.RADIOPHARMA, 2),
            p("Sm", ItemForm.TARGET, "Samarium sputtering target", List.of("99.9%"), TARGET_HS, 5, 150, 200, 700,
                    DemoSector.THIN_FILM, 2),
            // Gadolinium
            p("Gd", ItemForm.METAL, "Gadolinium metal", List.of("99.9%", "99.95%"), METAL_HS, 50, 2000, 60, 160,
                    DemoSector.MAGNETOCALORIC, 4),
            p("Gd", ItemForm.ALLOY, "Magnesium-gadolinium master alloy Mg-25Gd", NONE, NONE, 500, 3000, 20, 60,
                    DemoSector.LIGHT_ALLOY, 4),
            p("Gd", ItemForm.OXIDE, "Gadolinium oxide Gd2O3", HIGH_PURITY, List.of("2846901930"), 100, 3000, 20,
                    70, DemoSector.SCINTILLATOR, 4),
            p("Gd", ItemForm.OXIDE, "Gadolinium oxide Gd2O3, nuclear grade", List.of("99.99%"),
                    List.of("2846901930"), 100, 3000, 25, 80, DemoSector.NUCLEAR, 2),
            p("Gd", ItemForm.COMPOUND, "Gadolinium chloride GdCl3·6H2O", List.of("99.99%"), NONE, 50, 1000, 40,
                    150, DemoSector.MRI_CONTRAST, 4),
            p("Gd", ItemForm.TARGET, "Gadolinium sputtering target", List.of("99.9%"), TARGET_HS, 5, 150, 300, 900,
                    DemoSector.THIN_FILM, 2),
            // Lutetium
            p("Lu", ItemForm.METAL, "Lutetium metal", List.of("99.9%"), NONE, 50, 300, 3000, 8000,
                    DemoSector.RESEARCH, 2),
            p("Lu", ItemForm.OXIDE, "Lutetium oxide Lu2O3", HIGH_PURITY, NONE, 50, 1000, 700, 1600,
                    DemoSector.SCINTILLATOR, 6),
            p("Lu", ItemForm.COMPOUND, "Lutetium chloride LuCl3", List.of("99.99%"), NONE, 50, 300, 800, 2200,
                    DemoSector.RADIOPHARMA, 2),
            p("Lu", ItemForm.TARGET, "Lutetium sputtering target", List.of("99.9%"), NONE, 5, 50, 6000, 15000,
                    DemoSector.THIN_FILM, 1),
            // Scandium
            p("Sc", ItemForm.METAL, "Scandium metal", List.of("99.9%"), NONE, 50, 500, 3500, 7000,
                    DemoSector.LIGHT_ALLOY, 2),
            p("Sc", ItemForm.ALLOY, "Aluminium-scandium master alloy Al-2Sc", NONE, NONE, 500, 3000, 80, 200,
                    DemoSector.LIGHT_ALLOY, 6),
            p("Sc", ItemForm.OXIDE, "Scandium oxide Sc2O3", List.of("99.9%", "99.99%", "99.999%"), NONE, 50, 1000,
                    700, 1500, DemoSector.ZIRCONIA, 4),
            p("Sc", ItemForm.COMPOUND, "Scandium fluoride ScF3", List.of("99.9%"), NONE, 50, 500, 1000, 2500,
                    DemoSector.LIGHT_ALLOY, 2),
            p("Sc", ItemForm.TARGET, "Scandium sputtering target for ScAlN films", List.of("99.9%"), NONE, 5, 100,
                    5000, 12000, DemoSector.THIN_FILM, 2),
            // Yttrium
            p("Y", ItemForm.METAL, "Yttrium metal", List.of("99.9%"), NONE, 50, 3000, 35, 160,
                    DemoSector.LIGHT_ALLOY, 2),
            p("Y", ItemForm.ALLOY, "Aluminium-yttrium master alloy Al-10Y", NONE, NONE, 500, 3000, 20, 80,
                    DemoSector.LIGHT_ALLOY, 4),
            p("Y", ItemForm.OXIDE, "Yttrium oxide Y2O3", HIGH_PURITY, NONE, 100, 3000, 8, 126,
                    DemoSector.ZIRCONIA, 10),
            p("Y", ItemForm.OXIDE, "Yttrium oxide Y2O3, laser grade", List.of("99.999%"), NONE, 50, 1000, 40, 126,
                    DemoSector.LASER, 4),
            p("Y", ItemForm.COMPOUND, "Yttrium nitrate Y(NO3)3·6H2O", List.of("99.99%"), NONE, 100, 3000, 10, 60,
                    DemoSector.PHOSPHOR, 4),
            p("Y", ItemForm.TARGET, "Yttrium sputtering target", List.of("99.9%"), NONE, 5, 200, 300, 900,
                    DemoSector.THIN_FILM, 2));

    private DemoProducts() {
    }

    private static Product p(String element, ItemForm form, String description, List<String> grades,
                             List<String> hsCodes, int minKg, int maxKg, int minUsdPerKg, int maxUsdPerKg,
                             DemoSector sector, int weight) {
        return new Product(element, form, description, grades, hsCodes, minKg, maxKg, minUsdPerKg, maxUsdPerKg,
                sector, weight);
    }
}
