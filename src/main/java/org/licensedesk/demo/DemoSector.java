package org.licensedesk.demo;

import java.util.List;

/**
 * What the goods of a demo application are for. Items of one application share a sector, so the
 * end-use statement and the end user's line of business match every item.
 */
enum DemoSector {
    NDFEB(List.of(
            "Manufacture of NdFeB permanent magnets for EV traction motors",
            "Grain-boundary diffusion of sintered NdFeB magnets for wind turbine generators",
            "Production of high-coercivity NdFeB magnets for industrial servo motors",
            "Manufacture of rotor magnets for electric power steering motors",
            "Manufacture of NdFeB magnets for consumer electronics speakers and vibration motors"),
            List.of("Magnet Technologies", "Magnetics", "E-Drive Systems", "Motor Components")),
    SMCO(List.of(
            "Manufacture of samarium-cobalt magnets for aerospace actuators",
            "Production of high-temperature SmCo magnets for downhole drilling motors",
            "Manufacture of SmCo magnets for precision sensors in automotive turbochargers",
            "Manufacture of SmCo magnets for satellite travelling-wave tube amplifiers"),
            List.of("Precision Magnets", "Motion Systems", "Sensor Technologies")),
    THIN_FILM(List.of(
            "Sputtering of thin films for semiconductor wafer fabrication",
            "Deposition of magneto-optical layers for data storage media",
            "Physical vapour deposition of coatings for flat-panel display production",
            "Sputtering of ScAlN piezoelectric films for 5G RF filters"),
            List.of("Thin Film", "Semiconductor Materials", "Display Technologies")),
    SCINTILLATOR(List.of(
            "Growth of LYSO scintillation crystals for PET scanners",
            "Manufacture of scintillator ceramics for CT detectors",
            "Manufacture of scintillator arrays for security X-ray screening"),
            List.of("Medical Imaging", "Crystal Technologies", "Detector Systems")),
    LASER(List.of(
            "Growth of Nd:YAG and Yb:YAG laser crystals for industrial cutting lasers",
            "Manufacture of transparent laser ceramics",
            "Production of optical glass for camera lenses"),
            List.of("Photonics", "Laser Optics", "Optical Materials")),
    ZIRCONIA(List.of(
            "Manufacture of stabilised zirconia electrolytes for solid oxide fuel cells",
            "Production of zirconia thermal barrier coatings for gas turbine blades",
            "Production of dental zirconia ceramics"),
            List.of("Advanced Ceramics", "Coatings", "Fuel Cell Systems")),
    LIGHT_ALLOY(List.of(
            "Production of aluminium-scandium alloys for aircraft structural parts",
            "Manufacture of lightweight alloy castings for automotive components",
            "Grain refinement of aluminium alloys for welding wire",
            "Production of magnesium-rare earth alloys for aerospace castings"),
            List.of("Light Alloys", "Aerostructures", "Foundry")),
    MRI_CONTRAST(List.of(
            "Synthesis of gadolinium-based MRI contrast agents",
            "Production of gadolinium chelates for diagnostic imaging"),
            List.of("Pharma Chemicals", "Diagnostics")),
    RADIOPHARMA(List.of(
            "Production of radiopharmaceutical precursors for cancer therapy",
            "Preparation of target material for medical isotope production"),
            List.of("Medical Isotopes", "Radiopharma")),
    PHOSPHOR(List.of(
            "Manufacture of phosphors for LED lighting",
            "Manufacture of green phosphors for displays and X-ray intensifying screens"),
            List.of("Lighting Materials", "Display Materials")),
    MAGNETOSTRICTIVE(List.of(
            "Manufacture of Terfenol-D magnetostrictive actuators for fuel injection systems",
            "Production of magnetostrictive transducers for underwater acoustic sensors"),
            List.of("Sensor Systems", "Actuators", "Acoustics")),
    NUCLEAR(List.of(
            "Burnable neutron absorber for nuclear fuel assemblies",
            "Manufacture of neutron shielding materials"),
            List.of("Nuclear Fuel", "Radiation Shielding")),
    MAGNETOCALORIC(List.of(
            "Research and development of magnetocaloric refrigeration",
            "Manufacture of cryogenic regenerator materials"),
            List.of("Cryogenics", "Cooling Technologies")),
    SEPARATION(List.of(
            "Further separation into individual high-purity rare-earth oxides",
            "Refining into high-purity oxides for resale to magnet and phosphor makers"),
            List.of("Rare Earth Refining", "Separation Technologies")),
    RESEARCH(List.of(
            "Research and development of advanced materials in a university laboratory",
            "Fundamental research in condensed-matter physics"),
            List.of("Materials Research Institute", "Research Laboratories"));

    private final List<String> endUses;
    private final List<String> businessWords;

    DemoSector(List<String> endUses, List<String> businessWords) {
        this.endUses = endUses;
        this.businessWords = businessWords;
    }

    List<String> endUses() {
        return endUses;
    }

    /** Words an end user in this line of business has in its name, such as "Magnetics". */
    List<String> businessWords() {
        return businessWords;
    }
}
