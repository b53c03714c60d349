package org.sendplan.portal.plans;

public record EvidenceDownload(String fileName, String contentType, byte[] content) {}
