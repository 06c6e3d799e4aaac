package org.licensedesk.domain;

/** Kinds of supporting document an application lists. */
public enum DocumentType {
    END_USER_CERTIFICATE,
    END_USE_STATEMENT,
    CONTRACT,
    TECHNICAL_SPECIFICATION,
    /** regime: the risk-assessment report on a watch-list party (Regulations Art. 26). */
    RISK_ASSESSMENT_REPORT,
    /** regime: the exporter's written undertaking on end use required for a watch-list party (Art. 26). */
    EXPORTER_UNDERTAKING,
    /** regime: the internal compliance programme a general licence needs (Art. 16(2)). */
    INTERNAL_COMPLIANCE_PROGRAMME,
    OTHER
}
