package org.licensedesk.domain;

/** Kinds of supporting document an application lists. */
public enum DocumentType {
    END_USER_CERTIFICATE,
    END_USE_STATEMENT,
    CONTRACT,
    TECHNICAL_SPECIFICATION,
    OTHER
}
