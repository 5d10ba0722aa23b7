#pragma once

#include "ApiReply.h"
#include "Customer.h"

/// GET /v1.0/customer.
class CustomerReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;

    Customer customer() const { return m_customer; }

private:
    friend class VoipbinClient;
    Customer m_customer;
};
